package za.gov.dpsa.isdip.reporting.rest;

/**
 * Example documents for the OpenAPI description, shared by the controllers. The error bodies are RFC 9457 problem
 * details as the platform's error advice writes them.
 */
final class ApiExamples {

    private ApiExamples() {
    }

    static final String PERIOD = "2026-27-Q1";
    static final String DEPARTMENT = "dha";

    static final String REPORT_PAGE = """
            {"page":0,"size":20,"totalItems":1,"totalPages":1,"next":null,"items":[
              {"department":"dha","departmentName":"Department of Home Affairs","period":"2026-27-Q1",
               "periodLabel":"2026/27 Q1","dhis2Period":"2026Q2","version":2,"status":"ACCEPTED",
               "submittedAt":"2026-07-14T09:30:00+02:00","reviewedAt":"2026-07-20T11:05:00+02:00",
               "checksum":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]}
            """;

    static final String REPORT = """
            {"department":"dha","departmentName":"Department of Home Affairs","sphere":"NATIONAL","province":null,
             "period":"2026-27-Q1","periodLabel":"2026/27 Q1","dhis2Period":"2026Q2","startsOn":"2026-04-01",
             "endsOn":"2026-06-30","version":1,"status":"SUBMITTED","submittedAt":"2026-07-14T09:30:00+02:00",
             "reviewedAt":null,"templateVersion":3,
             "checksum":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08","figures":[
              {"indicator":"cases.opened","domain":"TECHNICAL_SUPPORT","unit":"count","value":42,"manual":false,
               "narrative":"Mostly smart ID collection queues"},
              {"indicator":"cases.resolvedWithinSla","domain":"TECHNICAL_SUPPORT","unit":"percent","value":87.5,
               "manual":false,"narrative":null},
              {"indicator":"sdip.approved","domain":"SDIP_OMF","unit":"yesno","value":1,"manual":false,
               "narrative":null}]}
            """;

    static final String DATA_VALUE_SET = """
            {"dataSet":"ISDIP_QUARTERLY","completeDate":"2026-07-14","period":"2026Q2","orgUnit":"dha",
             "dataValues":[
              {"dataElement":"cases.opened","period":"2026Q2","orgUnit":"dha","value":"42",
               "comment":"Mostly smart ID collection queues"},
              {"dataElement":"cases.resolvedWithinSla","period":"2026Q2","orgUnit":"dha","value":"87.5"},
              {"dataElement":"sdip.approved","period":"2026Q2","orgUnit":"dha","value":"1"}]}
            """;

    static final String ADX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <adx xmlns="urn:ihe:qrph:adx:2015" exported="2026-07-21T08:00:00+02:00">
              <group orgUnit="dha" period="2026-04-01/P3M" dataSet="ISDIP_QUARTERLY">
                <dataValue dataElement="cases.opened" value="42">
                  <annotation>Mostly smart ID collection queues</annotation>
                </dataValue>
                <dataValue dataElement="cases.resolvedWithinSla" value="87.5"/>
                <dataValue dataElement="sdip.approved" value="1"/>
              </group>
            </adx>
            """;

    static final String BULK_DATA_VALUE_SET = """
            {"dataSet":"ISDIP_QUARTERLY","period":"2026Q2","dataValues":[
              {"dataElement":"cases.opened","period":"2026Q2","orgUnit":"dha","value":"42"},
              {"dataElement":"cases.opened","period":"2026Q2","orgUnit":"ec-social-development","value":"17"}]}
            """;

    static final String BULK_ADX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <adx xmlns="urn:ihe:qrph:adx:2015" exported="2026-07-21T08:00:00+02:00">
              <group orgUnit="dha" period="2026-04-01/P3M" dataSet="ISDIP_QUARTERLY">
                <dataValue dataElement="cases.opened" value="42"/>
              </group>
              <group orgUnit="ec-social-development" period="2026-04-01/P3M" dataSet="ISDIP_QUARTERLY">
                <dataValue dataElement="cases.opened" value="17"/>
              </group>
            </adx>
            """;

    static final String MATRIX = """
            {"periods":[{"period":"2026-27-Q1","label":"2026/27 Q1","dhis2Period":"2026Q2","startsOn":"2026-04-01",
              "endsOn":"2026-06-30","dueOn":"2026-07-31"}],
             "departments":[{"department":"dha","name":"Department of Home Affairs","sphere":"NATIONAL",
              "province":null,"cells":[{"period":"2026-27-Q1","status":"ACCEPTED","onTime":true}]}],
             "rates":[{"period":"2026-27-Q1","expected":7,"received":6,"onTime":5,"reportingRate":0.857,
              "timeliness":0.714}]}
            """;

    static final String CONSOLIDATION = """
            {"period":"2026-27-Q1","periodLabel":"2026/27 Q1","dhis2Period":"2026Q2","indicators":[
              {"indicator":"cases.opened","unit":"count","aggregation":"SUM","national":311,"departments":6,
               "bySphere":{"NATIONAL":120,"PROVINCIAL":191},
               "byProvince":{"Eastern Cape":17,"Gauteng":88,"National":120}}]}
            """;

    static final String NOT_FOUND = """
            {"type":"urn:isdip:problem:not-found","title":"Not found","status":404,
             "detail":"There is no such record in your department.","instance":"/api/v1/reports/2026-27-Q1"}
            """;

    static final String INVALID_PERIOD = """
            {"type":"urn:isdip:problem:invalid-input","title":"Invalid input","status":422,
              "detail":"period: A period is written as 2026-27-Q1 for a quarter or 2026-27 for a financial year, not 2026Q2.","instance":"/api/v1/reports/2026Q2",
              "errors":[{"field":"period","message":"A period is written as 2026-27-Q1 for a quarter or 2026-27 for a financial year, not 2026Q2."}]}
            """;

    static final String INVALID_SIZE = """
            {"type":"urn:isdip:problem:invalid-input","title":"Invalid input","status":422,
              "detail":"size: The page size must be between 1 and 100.","instance":"/api/v1/reports",
              "errors":[{"field":"size","message":"The page size must be between 1 and 100."}]}
            """;

    static final String INVALID_DEPARTMENT = """
            {"type":"urn:isdip:problem:invalid-input","title":"Invalid input","status":422,
              "detail":"department: A department system reads only its own department's reports: leave out department.","instance":"/api/v1/reports/2026-27-Q1",
              "errors":[{"field":"department","message":"A department system reads only its own department's reports: leave out department."}]}
            """;

    static final String FORBIDDEN = """
            {"type":"urn:isdip:problem:forbidden","title":"Forbidden","status":403,
             "detail":"This client may not use this endpoint.","instance":"/api/v1/reporting/matrix"}
            """;
}
