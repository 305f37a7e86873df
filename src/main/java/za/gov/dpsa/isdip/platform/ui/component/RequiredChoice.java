package za.gov.dpsa.isdip.platform.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;

/**
 * Says in words that a choice is required, for the fields whose required indicator Vaadin cannot make accessible.
 * A required {@code Select}, {@code DateTimePicker} or {@code CheckboxGroup} gets {@code aria-required} on an element
 * whose role does not allow it (button, group): ARIA ignores it there, so a screen reader never says "required"
 * (axe aria-allowed-attr, critical). Their helper text says it instead, which every user sees and a screen reader
 * reads with the field; the server still refuses an empty choice with its own message.
 */
public final class RequiredChoice {

    private RequiredChoice() {
    }

    /** Marks the field as required in its helper text, before any help it already has. */
    public static <C extends Component & HasHelper> C mark(C field) {
        String required = field.getTranslation("field.required");
        String help = field.getHelperText();
        field.setHelperText(help == null || help.isBlank() ? required : required + " " + help);
        field.addClassName("portal-required-choice");
        return field;
    }
}
