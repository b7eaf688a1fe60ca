package org.clausemap.engine.facts;

import java.util.List;

import org.clausemap.regulation.Framework;

/** A framework from {@code regulations/}, visible to rules (area and jurisdictions matter for scoring). */
public final class FrameworkFact {

    private final Framework framework;

    public FrameworkFact(Framework framework) {
        this.framework = framework;
    }

    public String getId() {
        return framework.id();
    }

    public String getArea() {
        return framework.area();
    }

    public List<String> getJurisdictions() {
        return framework.jurisdictions();
    }

    public int getBaseSeverity() {
        return framework.baseSeverity();
    }
}
