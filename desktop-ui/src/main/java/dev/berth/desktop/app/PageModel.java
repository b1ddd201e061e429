package dev.berth.desktop.app;

import dev.berth.desktop.services.ServicesViewModel;
import dev.berth.desktop.table.ResourceListViewModel;

/**
 * What the list area shows at a place: a resource list (for services, with its sparkline model),
 * or nothing of its own for triage, which the window keeps for the badge.
 */
public record PageModel(Place place, ResourceListViewModel<?> list, ServicesViewModel services) {
    public void dispose() {
        if (services != null) {
            services.dispose();
        } else if (list != null) {
            list.dispose();
        }
    }
}
