package org.clausemap.engine.facts;

import org.kie.api.definition.rule.Rule;

/**
 * A due-diligence action an engagement calls for. The checklist rule declares {@code @action} (a stable id; the
 * same action from several provisions is listed once), {@code @title}, {@code @owner} and {@code @priority}.
 */
public final class ActionItem extends Traced {

    private final Engagement engagement;
    private final String action;
    private final String title;
    private final String owner;
    private final String priority;

    public ActionItem(Engagement engagement, Rule rule) {
        this.engagement = engagement;
        this.action = RuleMeta.required(rule, "action");
        this.title = RuleMeta.required(rule, "title");
        this.owner = RuleMeta.required(rule, "owner");
        this.priority = RuleMeta.required(rule, "priority");
    }

    public Engagement getEngagement() {
        return engagement;
    }

    public String getAction() {
        return action;
    }

    public String getTitle() {
        return title;
    }

    public String getOwner() {
        return owner;
    }

    public String getPriority() {
        return priority;
    }
}
