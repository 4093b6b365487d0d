package org.corroborate.claim;

import java.util.Arrays;
import java.util.List;

/** ACLED's sub-event types, each belonging to exactly one {@link EventType}. */
public enum SubEventType {
    ARMED_CLASH(EventType.BATTLES, "Armed clash"),
    GOVERNMENT_REGAINS_TERRITORY(EventType.BATTLES, "Government regains territory"),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY(EventType.BATTLES, "Non-state actor overtakes territory"),

    CHEMICAL_WEAPON(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Chemical weapon"),
    AIR_DRONE_STRIKE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Air/drone strike"),
    SUICIDE_BOMB(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Suicide bomb"),
    SHELLING_ARTILLERY_MISSILE_ATTACK(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Shelling/artillery/missile attack"),
    REMOTE_EXPLOSIVE_LANDMINE_IED(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Remote explosive/landmine/IED"),
    GRENADE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Grenade"),

    SEXUAL_VIOLENCE(EventType.VIOLENCE_AGAINST_CIVILIANS, "Sexual violence"),
    ATTACK(EventType.VIOLENCE_AGAINST_CIVILIANS, "Attack"),
    ABDUCTION_FORCED_DISAPPEARANCE(EventType.VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance"),

    PEACEFUL_PROTEST(EventType.PROTESTS, "Peaceful protest"),
    PROTEST_WITH_INTERVENTION(EventType.PROTESTS, "Protest with intervention"),
    EXCESSIVE_FORCE_AGAINST_PROTESTERS(EventType.PROTESTS, "Excessive force against protesters"),

    VIOLENT_DEMONSTRATION(EventType.RIOTS, "Violent demonstration"),
    MOB_VIOLENCE(EventType.RIOTS, "Mob violence"),

    AGREEMENT(EventType.STRATEGIC_DEVELOPMENTS, "Agreement"),
    ARREST(EventType.STRATEGIC_DEVELOPMENTS, "Arrest"),
    CHANGE_TO_GROUP_ACTIVITY(EventType.STRATEGIC_DEVELOPMENTS, "Change to group/activity"),
    DISRUPTED_WEAPONS_USE(EventType.STRATEGIC_DEVELOPMENTS, "Disrupted weapons use"),
    HEADQUARTERS_OR_BASE_ESTABLISHED(EventType.STRATEGIC_DEVELOPMENTS, "Headquarters or base established"),
    LOOTING_PROPERTY_DESTRUCTION(EventType.STRATEGIC_DEVELOPMENTS, "Looting/property destruction"),
    NON_VIOLENT_TRANSFER_OF_TERRITORY(EventType.STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory"),
    OTHER(EventType.STRATEGIC_DEVELOPMENTS, "Other");

    public final EventType eventType;
    public final String label;

    SubEventType(EventType eventType, String label) {
        this.eventType = eventType;
        this.label = label;
    }

    public static List<SubEventType> of(EventType type) {
        return Arrays.stream(values()).filter(s -> s.eventType == type).toList();
    }
}
