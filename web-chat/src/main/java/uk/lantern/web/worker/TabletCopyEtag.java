package uk.lantern.web.worker;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Serves the tablet's copy of the safeguarding check ({@code /worker/safeguarding.json}, about 270 KB gzip'd) with
 * an {@code ETag}: the tablet revalidates it on every load ({@code Cache-Control: no-cache, private}), and an
 * unchanged copy then costs a {@code 304 Not Modified} with no body. Spring's {@link ShallowEtagHeaderFilter}
 * computes the tag from the response body (an MD5 hash), so a new rule base gives a new tag with nothing to
 * remember to bump. Only that address is filtered: other pages are not buffered.
 */
@Configuration(proxyBeanMethods = false)
class TabletCopyEtag {

    static final String TABLET_COPY = "/worker/safeguarding.json";

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> tabletCopyEtagFilter() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(TABLET_COPY);
        registration.setName("tabletCopyEtag");
        return registration;
    }
}
