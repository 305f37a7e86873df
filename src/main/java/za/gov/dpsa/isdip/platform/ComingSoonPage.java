package za.gov.dpsa.isdip.platform;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The honest page of an area whose capability has not landed yet: what it will do, and that nothing is kept. */
public class ComingSoonPage extends VerticalLayout {

    public ComingSoonPage(String titleKey, String descriptionKey) {
        addClassName("coming-soon");
        Span badge = new Span(getTranslation("coming.badge"));
        badge.getElement().getThemeList().add("badge contrast");
        add(new H2(getTranslation(titleKey)), badge, new Paragraph(getTranslation(descriptionKey)),
                new Paragraph(getTranslation("coming.body")));
    }
}
