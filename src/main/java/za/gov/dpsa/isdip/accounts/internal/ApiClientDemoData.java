package za.gov.dpsa.isdip.accounts.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import za.gov.dpsa.isdip.accounts.data.platform.ApiClientEntity;
import za.gov.dpsa.isdip.accounts.data.platform.ApiClientRepository;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * The development realm's demo API client ({@code isdip-api-dha-demo}, DHA's call centre), registered so that the
 * README's curl walk-through works on a fresh machine. Off unless {@code isdip.demo-data.api-client} is set (the
 * developer's run); production makes its clients on the API clients page.
 */
@Component
class ApiClientDemoData {

    static final String CLIENT_ID = "isdip-api-dha-demo";
    private static final Logger log = LoggerFactory.getLogger(ApiClientDemoData.class);

    private final boolean enabled;
    private final ApiClientRepository register;
    private final TenantWork tenantWork;
    private final Clock clock;
    private final int rate;

    ApiClientDemoData(@Value("${isdip.demo-data.api-client:false}") boolean enabled, ApiClientRepository register,
                      TenantWork tenantWork, Clock clock,
                      @Value("${isdip.api.default-requests-per-minute:120}") int rate) {
        this.enabled = enabled;
        this.register = register;
        this.tenantWork = tenantWork;
        this.clock = clock;
        this.rate = rate;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        if (!enabled) {
            return;
        }
        tenantWork.inPlatform(() -> {
            if (register.findByClientId(CLIENT_ID).isEmpty()) {
                register.save(new ApiClientEntity(CLIENT_ID, "dha", "DHA call centre (demo)",
                        "The development realm's demo client (README, \"The API in five calls\")", rate,
                        "demo-data", clock.instant()));
                log.info("Registered the demo API client {} for DHA", CLIENT_ID);
            }
        });
    }
}
