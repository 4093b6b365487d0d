package org.corroborate.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether the demo dataset and accounts are loaded on first start (on for the embedded database). */
@ConfigMapping(prefix = "corroborate.demo")
public interface DemoConfig {

    @WithDefault("false")
    boolean enabled();
}
