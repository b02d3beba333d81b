package org.tongchou.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, needed with or without the web server (command-line user management, demo). */
@Configuration(proxyBeanMethods = false)
class PasswordConfig {
    /**
     * Adaptive hashes: bcrypt (cost 10) by default, stored with the {@code {bcrypt}} prefix so that the
     * algorithm can be changed later (argon2, a higher cost) without invalidating existing hashes.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
