package uk.lantern.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Lantern: screening for risk of isolation and loneliness, and signposting to local help. */
@SpringBootApplication
@EnableScheduling
public class LanternApplication {

    public static void main(String[] args) {
        SpringApplication.run(LanternApplication.class, args);
    }
}
