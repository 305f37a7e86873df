package za.gov.dpsa.isdip.cases.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import za.gov.dpsa.isdip.cases.sla.BusinessCalendar;
import za.gov.dpsa.isdip.cases.sla.SlaClock;
import za.gov.dpsa.isdip.cases.sla.SlaPolicy;

/** Service levels of the public service: 07:30 to 16:00 on working days, South African public holidays off. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CaseConfiguration {

    @Bean
    SlaPolicy slaPolicy() {
        return SlaPolicy.standard(BusinessCalendar.standard());
    }

    @Bean
    SlaClock slaClock(SlaPolicy policy) {
        return new SlaClock(policy);
    }
}
