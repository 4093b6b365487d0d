package org.corroborate.claimant;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.corroborate.audit.AuditAction;
import org.corroborate.audit.AuditLog;
import org.corroborate.citation.Citation;
import org.corroborate.input.Inputs;
import org.corroborate.input.Text;
import org.corroborate.problem.Duplicate;
import org.corroborate.problem.FieldError;
import org.corroborate.problem.Problem;
import org.corroborate.problem.ProblemTexts;

/**
 * Claimants, their names, and the citations that resolve to them. A citation's claimant text resolves by its
 * {@link ClaimantNames#key} to the claimant with that name or alias; every write here that changes which key
 * belongs to whom, or a claimant's party flag, brings the citations it touches along in the same transaction:
 * their {@code claimant_id}, and their party flag unless the reviewer set it on the citation.
 */
@ApplicationScoped
public class ClaimantService {

    static final int ALIASES_MAX = 50;

    private final Inputs inputs;
    private final AuditLog audit;
    private final Clock clock;

    ClaimantService(Inputs inputs, AuditLog audit, Clock clock) {
        this.inputs = inputs;
        this.audit = audit;
        this.clock = clock;
    }

    /** Claimants by name with their aliases, optionally those with a name or alias containing {@code query}. */
    public List<Claimant> list(String query) {
        return Claimant.listWithNames(Text.clean(query));
    }

    /** Every claimant by name, without its aliases: the choices of the merge form. */
    public List<Claimant> byName() {
        return Claimant.list("order by name, id");
    }

    public Optional<Claimant> find(long id) {
        return Claimant.findWithNames(id);
    }

    /** The claimant this text resolves to (by its key), if any: "Taliban spokesman Zabihullah Mujahid" → Zabihullah Mujahid. */
    public Optional<Claimant> resolving(String text) {
        return ClaimantAlias.findByKey(ClaimantNames.key(text)).map(alias -> alias.claimant);
    }

    /** The claimant with its names; 404 when there is none. */
    public Claimant get(long id) {
        return find(id).orElseThrow(() -> Problem.notFound("claimant", id));
    }

    /** The citations that resolve to the claimant, with their claims and sources, in one query. */
    public List<Citation> citationsOf(long id) {
        return Citation.find("from Citation c join fetch c.claim join fetch c.source where c.claimantId = ?1 "
                + "order by c.id desc", id).list();
    }

    /**
     * A new claimant; 400 naming the field for bad input, 409 ({@link Duplicate} with {@code existingId}) when its
     * name or an alias has a key that names another claimant already. Citations whose claimant text has one of its
     * keys and no claimant yet resolve to it.
     */
    @Transactional
    public Claimant create(ClaimantInput input, String user) {
        Map<String, Named> names = names(input);
        for (Map.Entry<String, Named> name : names.entrySet()) {
            ClaimantAlias.findByKey(name.getKey()).ifPresent(existing -> {
                throw taken(existing, name.getValue().field(), name.getValue().text());
            });
        }
        Claimant claimant = new Claimant();
        claimant.name = Text.clean(input.name());
        claimant.organisation = Text.clean(input.organisation());
        claimant.party = Boolean.TRUE.equals(input.party());
        claimant.side = Text.clean(input.side());
        claimant.createdBy = user;
        claimant.createdAt = Instant.now(clock);
        claimant.persist();
        names.forEach((key, named) -> add(claimant, named.text(), key, named.field().equals("name")));
        Claimant.flush(); // a key another request took meanwhile fails here (409), before any citation moves
        resolveUnresolved(claimant, names.keySet());
        return claimant;
    }

    /**
     * Corrects a claimant's name, organisation, party flag and side, and adds any aliases given (none goes). A new
     * name keeps the old one as an alias, so citations written with it still resolve. {@code party} absent keeps
     * the flag; a changed flag reaches every citation that takes it from the claimant.
     */
    @Transactional
    public Claimant update(long id, ClaimantInput input, String user) {
        Claimant claimant = get(id);
        Map<String, Named> names = names(input);
        String nameKey = ClaimantNames.key(input.name());
        for (Map.Entry<String, Named> name : names.entrySet()) {
            Optional<ClaimantAlias> taken = ClaimantAlias.findByKey(name.getKey());
            if (taken.isPresent() && !taken.get().claimant.id.equals(claimant.id)) {
                throw taken(taken.get(), name.getValue().field(), name.getValue().text());
            }
        }
        String name = Text.clean(input.name());
        ClaimantAlias current = claimant.names.stream().filter(n -> n.name).findFirst().orElse(null);
        if (current != null && !current.aliasKey.equals(nameKey)) {
            current.name = false;
        }
        Optional<ClaimantAlias> same = claimant.names.stream().filter(n -> n.aliasKey.equals(nameKey)).findFirst();
        if (same.isPresent()) {
            same.get().name = true;
            same.get().alias = name;
        }
        claimant.name = name;
        claimant.organisation = Text.clean(input.organisation());
        if (input.party() != null && input.party() != claimant.party) {
            // it changes how citations of every claim that names the claimant count
            audit.record(user, AuditAction.CLAIMANT_PARTY_CHANGED, subject(claimant),
                    claimant.name + ": " + (input.party() ? "now a party" : "no longer a party") + " to the conflict");
            claimant.party = input.party();
        }
        claimant.side = Text.clean(input.side());
        List<String> added = new ArrayList<>();
        names.forEach((key, named) -> {
            if (claimant.names.stream().noneMatch(n -> n.aliasKey.equals(key))) {
                add(claimant, named.text(), key, key.equals(nameKey));
                added.add(key);
            }
        });
        Claimant.flush();
        resolveUnresolved(claimant, added);
        return claimant;
    }

    /**
     * Adds aliases to a claimant: one a key already names for this claimant is passed over; 409 with
     * {@code existingId} when another claimant has it. Citations with one of the new keys and no claimant yet
     * resolve to it.
     */
    @Transactional
    public Claimant addAliases(long id, List<String> aliases, String user) {
        Claimant claimant = get(id);
        if (aliases == null || aliases.isEmpty()) {
            throw Problem.invalid("alias", ProblemTexts::required);
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Named> keys = aliasKeys(aliases, aliases.size() == 1 ? i -> "alias" : i -> "aliases[" + i + "]",
                errors);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        List<String> added = new ArrayList<>();
        for (Map.Entry<String, Named> alias : keys.entrySet()) {
            Optional<ClaimantAlias> taken = ClaimantAlias.findByKey(alias.getKey());
            if (taken.isPresent() && !taken.get().claimant.id.equals(claimant.id)) {
                throw taken(taken.get(), alias.getValue().field(), alias.getValue().text());
            }
            if (taken.isEmpty()) {
                add(claimant, alias.getValue().text(), alias.getKey(), false);
                added.add(alias.getKey());
            }
        }
        Claimant.flush();
        resolveUnresolved(claimant, added);
        return claimant;
    }

    /**
     * Merges claimant {@code id} into {@code into}: the survivor gains the merged one's name and aliases as
     * aliases and its citations (which then take the survivor's party flag unless set on the citation), and the
     * merged one is deleted. The survivor's own name, organisation, party flag and side stay. 400 without
     * {@code into}, 422 for a claimant merged into itself, 404 for either unknown; a refusal changes nothing.
     */
    @Transactional
    public Claimant merge(long id, Long into, String user) {
        if (into == null) {
            throw Problem.invalid("into", ProblemTexts::survivorRequired);
        }
        if (into == id) {
            throw new Problem(422, ProblemTexts::mergedIntoItself, List.of(new FieldError("into", t -> t.anotherClaimant(id))));
        }
        Claimant merged = get(id);
        Claimant survivor = find(into).orElseThrow(() -> new Problem(404, t -> t.noClaimantWithId(into),
                List.of(new FieldError("into", ProblemTexts::noSuchClaimant))));
        for (ClaimantAlias name : List.copyOf(merged.names)) {
            name.claimant = survivor;
            name.name = false;
            survivor.names.add(name);
        }
        merged.names.clear();
        Claimant.flush();
        Citation.update("claimantId = ?1 where claimantId = ?2", survivor.id, merged.id);
        merged.delete();
        Claimant.flush();
        followParty(survivor);
        audit.record(user, AuditAction.CLAIMANTS_MERGED, subject(survivor),
                "merged claimant " + id + " (" + merged.name + ") into " + survivor.name);
        return survivor;
    }

    /**
     * Resolves a citation's claimant text: its key, the claimant with that key (if any), and its party flag, which
     * is {@code party} when the reviewer set it and otherwise the claimant's (false while unresolved). Any write of
     * a citation's claimant text calls this.
     */
    public void resolve(Citation citation, Boolean party) {
        String key = ClaimantNames.key(citation.claimant);
        citation.claimantKey = key == null ? "" : key; // "": no letter or digit, nothing resolves to it
        Optional<Claimant> claimant = key == null ? Optional.empty()
                : Claimant.find("select a.claimant from ClaimantAlias a where a.aliasKey = ?1", citation.claimantKey)
                        .firstResultOptional();
        citation.claimantId = claimant.map(c -> c.id).orElse(null);
        citation.partyExplicit = party != null;
        citation.claimantIsParty = party != null ? party : claimant.map(c -> c.party).orElse(false);
    }

    /** Citations with one of these keys and no claimant resolve to this one, and take its party flag. */
    private static void resolveUnresolved(Claimant claimant, java.util.Collection<String> keys) {
        if (!keys.isEmpty()) {
            Citation.update("claimantId = ?1 where claimantId is null and claimantKey in ?2", claimant.id,
                    List.copyOf(keys));
        }
        followParty(claimant);
    }

    /** The claimant's party flag, on every citation that takes it from the claimant. */
    private static void followParty(Claimant claimant) {
        Citation.update("claimantIsParty = ?1 where claimantId = ?2 and partyExplicit = false", claimant.party,
                claimant.id);
    }

    private static void add(Claimant claimant, String alias, String key, boolean isName) {
        ClaimantAlias name = new ClaimantAlias();
        name.claimant = claimant;
        name.alias = alias;
        name.aliasKey = key;
        name.name = isName;
        name.persist();
        claimant.names.add(name);
    }

    /** A name as written and the input field it came from. */
    private record Named(String text, String field) {
    }

    /** The checked input's name and aliases by key, the name first; duplicates within the input once. */
    private Map<String, Named> names(ClaimantInput input) {
        List<FieldError> errors = new ArrayList<>();
        String name = input == null ? null : Text.clean(input.name());
        if (name != null && ClaimantNames.key(name) == null) {
            errors.add(new FieldError("name", ProblemTexts::letterOrDigit));
        }
        Map<String, Named> aliases = input == null || input.aliases() == null ? Map.of()
                : aliasKeys(input.aliases(), i -> "aliases[" + i + "]", errors);
        inputs.check(input, errors);
        Map<String, Named> names = new LinkedHashMap<>();
        names.put(ClaimantNames.key(name), new Named(name, "name"));
        aliases.forEach(names::putIfAbsent);
        return names;
    }

    /** Aliases by key, each checked (text, length, a letter or digit); the first of two with one key wins. */
    private static Map<String, Named> aliasKeys(List<String> aliases, IntFunction<String> field,
            List<FieldError> errors) {
        Map<String, Named> keys = new LinkedHashMap<>();
        if (aliases.size() > ALIASES_MAX) {
            errors.add(new FieldError("aliases", t -> t.atMostItems(ALIASES_MAX)));
            return keys;
        }
        for (int i = 0; i < aliases.size(); i++) {
            String alias = Text.clean(aliases.get(i));
            if (alias == null) {
                errors.add(new FieldError(field.apply(i), "must not be blank", ProblemTexts::required));
            } else if (alias.length() > Claimant.NAME_MAX) {
                errors.add(new FieldError(field.apply(i), t -> t.atMostCharacters(Claimant.NAME_MAX)));
            } else if (alias.indexOf('\0') >= 0) {
                errors.add(new FieldError(field.apply(i), ProblemTexts::noNul));
            } else if (ClaimantNames.key(alias) == null) {
                errors.add(new FieldError(field.apply(i), ProblemTexts::letterOrDigit));
            } else {
                keys.putIfAbsent(ClaimantNames.key(alias), new Named(alias, field.apply(i)));
            }
        }
        return keys;
    }

    /** Short enough for the audit's subject whatever the name; the detail names the claimant. */
    private static String subject(Claimant claimant) {
        return "claimant " + claimant.id;
    }

    private static Duplicate taken(ClaimantAlias taken, String field, String text) {
        long existing = taken.claimant.id;
        String name = taken.claimant.name;
        return new Duplicate(existing, t -> t.namesClaimantAlready(text, existing, name),
                List.of(new FieldError(field, t -> t.namesClaimant(existing))));
    }
}
