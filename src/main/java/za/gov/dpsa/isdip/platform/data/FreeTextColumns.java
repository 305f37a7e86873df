package za.gov.dpsa.isdip.platform.data;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import za.gov.dpsa.isdip.core.FreeText;

/**
 * Every text column of every entity, in the platform's and the departments' databases, is cleaned of hidden
 * formatting ({@link FreeText}) as it is written, whichever form, import or API it came from; text stored before this
 * rule is cleaned as it is read. Applied by Hibernate to all {@code String} attributes (not to ids).
 */
@Converter(autoApply = true)
public class FreeTextColumns implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return FreeText.clean(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return FreeText.clean(column);
    }
}
