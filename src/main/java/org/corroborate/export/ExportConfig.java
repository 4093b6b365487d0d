package org.corroborate.export;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the export reads. */
@ConfigMapping(prefix = "corroborate.export")
public interface ExportConfig {

    /** Events read per query batch; memory holds one batch at a time. */
    @WithDefault("1000")
    int batchSize();
}
