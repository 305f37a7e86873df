package za.gov.dpsa.isdip.tenancy.definitions;

/** A department definition file that cannot be used, with the file and field at fault. */
public class DepartmentDefinitionException extends RuntimeException {

    private final String source;
    private final String field;

    public DepartmentDefinitionException(String source, String field, String problem) {
        super(source + ": field '" + field + "' " + problem);
        this.source = source;
        this.field = field;
    }

    public String source() {
        return source;
    }

    public String field() {
        return field;
    }
}
