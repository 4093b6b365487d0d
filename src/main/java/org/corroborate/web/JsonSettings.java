package org.corroborate.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** JSON reading is strict where leniency would store something the client did not send. */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        // 2.5 fatalities is an error, not 2
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
