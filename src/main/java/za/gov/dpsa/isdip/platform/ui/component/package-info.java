/**
 * Small UI pieces every module's screens share, so the portal looks and reads the same everywhere:
 * {@link za.gov.dpsa.isdip.platform.ui.component.PortalDates} (the one date convention and the date pickers),
 * {@link za.gov.dpsa.isdip.platform.ui.component.PortalNumbers} (figures and percentages in the official's language),
 * {@link za.gov.dpsa.isdip.platform.ui.component.PortalChart} (charts with a scale, a legend and their table),
 * {@link za.gov.dpsa.isdip.platform.ui.component.Badge}, {@link za.gov.dpsa.isdip.platform.ui.component.EmptyState}
 * {@link za.gov.dpsa.isdip.platform.ui.component.PageHeader} and
 * {@link za.gov.dpsa.isdip.platform.ui.component.ResponsiveColumns} (a grid's secondary columns hidden on a phone, a
 * "Columns" menu to show them). None of them holds English: callers pass texts
 * they translated. Exposed to the domain modules' {@code ui} packages as the named interface "ui-components".
 */
@org.springframework.modulith.NamedInterface("ui-components")
package za.gov.dpsa.isdip.platform.ui.component;
