package uk.lantern.web.page;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the chat page at {@code /} and {@code /chat}: the template {@code templates/chat.html}, on the
 * public layout ({@code templates/fragments/public.html}) that the other public pages share.
 */
@Configuration(proxyBeanMethods = false)
class ChatPageConfiguration implements WebMvcConfigurer {

    static final String PAGE = "chat";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName(PAGE);
        registry.addViewController("/chat").setViewName(PAGE);
    }
}
