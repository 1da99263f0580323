package dev.bastion.adapters.rest.shared;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.serde.config.annotation.SerdeConfig;

/** The name a JSON body gives a bean property: its serde or {@code @JsonProperty} name, else the Java name. */
public final class JsonNames {

    private JsonNames() {
    }

    public static String of(BeanProperty<?, ?> property) {
        return property.stringValue(SerdeConfig.class, SerdeConfig.PROPERTY)
                .or(() -> property.stringValue(JsonProperty.class))
                .filter(name -> !name.isBlank())
                .orElse(property.getName());
    }
}
