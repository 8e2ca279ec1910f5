package dev.tactful.planner.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.tactful.etiquette.EngineSettings;
import dev.tactful.etiquette.EtiquetteEngine;

/** The engine is plain Java; this makes it (and its settings, for the snooze window) injectable. */
@ApplicationScoped
public class EngineProducer {

    @Produces
    @Singleton
    EngineSettings settings(EtiquetteConfig config) {
        return config.toSettings();
    }

    @Produces
    @Singleton
    EtiquetteEngine engine(EngineSettings settings) {
        return new EtiquetteEngine(settings);
    }
}
