package dev.bastion.modules.archfixturea.adapters.rest;

import dev.bastion.adapters.rest.shared.PageResponse;
import dev.bastion.modules.archfixturea.application.WidgetService;

/** A well-behaved module REST class: its use case and the REST adapter's shared infrastructure. */
public final class WidgetResource {

    private final WidgetService service;

    public WidgetResource(WidgetService service) {
        this.service = service;
    }

    public PageResponse<String> none() {
        return null;
    }

    @Override
    public String toString() {
        return service.toString();
    }
}
