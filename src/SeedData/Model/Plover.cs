using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace SeedData;

/// <summary>
/// A PLOVER event code (Political Language Ontology for Verifiable Event Records, the Open Event Data Alliance's
/// successor to CAMEO; codebook: PLOVER manual, draft version 0.8, chapter 3 "Event Categories", and chapter 2
/// "Event, Mode, and Context"). Carried by statements and meetings: the category says what kind of act it is, the
/// mode how (for the categories that have modes), the context what it is about.
/// </summary>
/// <param name="Category">The PLOVER event category.</param>
/// <param name="Mode">The category's mode, where the category has modes and one applies (see <see cref="PloverCodebook.ModesOf"/>).</param>
/// <param name="Context">PLOVER context codes (codebook section 2.2): what the event is about.</param>
public sealed partial record PloverCode(PloverCategory Category, PloverMode? Mode = null, ImmutableArray<PloverContext> Context = default)
{
}

/// <summary>The 16 PLOVER event categories (codebook chapter 3; sections 3.1 to 3.16). YAML/JSON: kebab-case of the codebook's upper-case name.</summary>
public enum PloverCategory
{
    /// <summary>3.1 AGREE (verbal cooperation): agree to, offer, promise or commit to cooperate, including to sign an agreement. No modes.</summary>
    Agree,

    /// <summary>3.2 CONSULT (verbal cooperation): meetings, visits, calls, talks and negotiations. Modes: visit, third-party, multilateral, phone.</summary>
    Consult,

    /// <summary>3.3 SUPPORT (verbal cooperation): diplomatic cooperation, praise, endorsement, signing or ratifying agreements. No modes.</summary>
    Support,

    /// <summary>3.4 CONCEDE (verbal cooperation): concessions without immediate material effect (a declared ceasefire, an eased demand). No modes.</summary>
    Concede,

    /// <summary>3.5 COOPERATE (material cooperation): economic, military, judicial or intelligence cooperation. No modes.</summary>
    Cooperate,

    /// <summary>3.6 AID (material cooperation): money, military or humanitarian help that mainly benefits the recipient. No modes.</summary>
    Aid,

    /// <summary>3.7 RETREAT (material cooperation): concessions with immediate material effect. Modes: withdraw, release, return, disarm, ceasefire, access, resign.</summary>
    Retreat,

    /// <summary>3.8 DEMAND (verbal conflict): demands and orders, stronger than a request, weaker than a threat. Modes: assist, change, yield, meet.</summary>
    Demand,

    /// <summary>3.9 ACCUSE (verbal conflict): disapproval, condemnation, accusations, investigations. Modes: disapprove, investigate, allege.</summary>
    Accuse,

    /// <summary>3.10 REJECT (verbal conflict): rejections and refusals. Modes (shared with DEMAND): assist, change, yield, meet.</summary>
    Reject,

    /// <summary>3.11 THREATEN (verbal conflict): threats and coercive warnings. Modes: restrict, ban, arrest, relations, expel, territory, violence.</summary>
    Threaten,

    /// <summary>3.12 PROTEST (material conflict). Modes: demo, riot, general, strike, hunger, boycott, obstruct.</summary>
    Protest,

    /// <summary>3.13 SANCTION: cutting existing relations. Modes: convict, expel, withdraw, discontinue.</summary>
    Sanction,

    /// <summary>3.14 MOBILIZE (material conflict): military or police moves short of force. Modes: troops, weapons, police, militia.</summary>
    Mobilize,

    /// <summary>3.15 COERCE (material conflict): repression and restrictions. Modes: confiscate, restrict, ban, censor, curfew, martial-law, arrest, deport, withhold.</summary>
    Coerce,

    /// <summary>3.16 ASSAULT (material conflict): deliberate actions that can cause substantial physical harm. Modes include heavy-weapons, explosives, destroy.</summary>
    Assault,
}

/// <summary>
/// PLOVER modes (codebook chapter 3, each category's "modes" table), for every category that has them. A mode is
/// valid only with its categories (<see cref="PloverCodebook.ModesOf"/>). YAML/JSON: the codebook's spelling,
/// which is the kebab-case of the member name.
/// </summary>
public enum PloverMode
{
    /// <summary>CONSULT: the source visits, the recipient hosts.</summary>
    Visit,
    /// <summary>CONSULT: a third party hosts the meeting.</summary>
    ThirdParty,
    /// <summary>CONSULT: a meeting in a multilateral setting (an alliance, an international organisation).</summary>
    Multilateral,
    /// <summary>CONSULT: by phone or another remote medium.</summary>
    Phone,
    /// <summary>DEMAND, REJECT: exchange, relations or assistance.</summary>
    Assist,
    /// <summary>DEMAND, REJECT: changes of policy, government or institutions that are not concessions.</summary>
    Change,
    /// <summary>DEMAND, REJECT: yielding: releases, ending sanctions, ceasefires, concessions.</summary>
    Yield,
    /// <summary>DEMAND, REJECT: meetings and negotiations.</summary>
    Meet,
    /// <summary>ACCUSE: disapproval, condemnation, complaint.</summary>
    Disapprove,
    /// <summary>ACCUSE: an investigation.</summary>
    Investigate,
    /// <summary>ACCUSE: an accusation or charge.</summary>
    Allege,
    /// <summary>THREATEN, COERCE: restricting movement of people or goods, or political freedoms.</summary>
    Restrict,
    /// <summary>THREATEN, COERCE: banning parties, people or organisations.</summary>
    Ban,
    /// <summary>THREATEN, COERCE: arrest or detention.</summary>
    Arrest,
    /// <summary>THREATEN: suspending relations or talks.</summary>
    Relations,
    /// <summary>THREATEN, SANCTION: expelling diplomats, peacekeepers, organisations or members.</summary>
    Expel,
    /// <summary>THREATEN: occupying or seizing territory.</summary>
    Territory,
    /// <summary>THREATEN: violence.</summary>
    Violence,
    /// <summary>RETREAT, SANCTION: pulling out forces, or withdrawing aid, observers or diplomats.</summary>
    Withdraw,
    /// <summary>RETREAT: freeing captives.</summary>
    Release,
    /// <summary>RETREAT: handing property back.</summary>
    Return,
    /// <summary>RETREAT: disarming.</summary>
    Disarm,
    /// <summary>RETREAT: carrying out a ceasefire.</summary>
    Ceasefire,
    /// <summary>RETREAT: letting observers, peacekeepers or aid workers in.</summary>
    Access,
    /// <summary>RETREAT: an official resigns.</summary>
    Resign,
    /// <summary>SANCTION: a court finds the recipient guilty or liable.</summary>
    Convict,
    /// <summary>SANCTION: cutting diplomatic, commercial or material exchanges.</summary>
    Discontinue,
    /// <summary>MOBILIZE: armed personnel or units.</summary>
    Troops,
    /// <summary>MOBILIZE: weapons systems readied.</summary>
    Weapons,
    /// <summary>ASSAULT: crew-served weapons (artillery, missiles, drones at scale).</summary>
    HeavyWeapons,
    /// <summary>ASSAULT: explosives other than heavy weapons.</summary>
    Explosives,
    /// <summary>ASSAULT: destruction of property.</summary>
    Destroy,
}

/// <summary>
/// PLOVER context codes used here (codebook section 2.2, "General contexts"): what an event is about.
/// YAML/JSON: kebab-case; the codebook writes multi-word codes with an underscore (<c>human_rights</c>), see
/// <see cref="PloverCodebook.Spelling(PloverContext)"/>.
/// </summary>
public enum PloverContext
{
    /// <summary>military: military matters, military assistance included.</summary>
    Military,
    /// <summary>intelligence.</summary>
    Intelligence,
    /// <summary>peacekeeping: typically multilateral operations.</summary>
    Peacekeeping,
    /// <summary>economic.</summary>
    Economic,
    /// <summary>diplomatic: diplomacy.</summary>
    Diplomatic,
    /// <summary>resource: territory and natural resources.</summary>
    Resource,
    /// <summary>humanitarian.</summary>
    Humanitarian,
    /// <summary>legal.</summary>
    Legal,
    /// <summary>human_rights.</summary>
    HumanRights,
    /// <summary>executive: the executive branch.</summary>
    Executive,
    /// <summary>legislative.</summary>
    Legislative,
}

/// <summary>The PLOVER codebook as the dataset applies it: which modes go with which category, the default category of each statement type and meeting kind, and the codebook's own spellings.</summary>
public static class PloverCodebook
{
    /// <summary>The codebook version the codes follow.</summary>
    public const string Version = "PLOVER manual, draft version 0.8 (openeventdata/PLOVER)";

    private static readonly Dictionary<PloverCategory, ImmutableArray<PloverMode>> Modes = new()
    {
        [PloverCategory.Consult] = [PloverMode.Visit, PloverMode.ThirdParty, PloverMode.Multilateral, PloverMode.Phone],
        [PloverCategory.Retreat] = [PloverMode.Withdraw, PloverMode.Release, PloverMode.Return, PloverMode.Disarm, PloverMode.Ceasefire, PloverMode.Access, PloverMode.Resign],
        [PloverCategory.Demand] = [PloverMode.Assist, PloverMode.Change, PloverMode.Yield, PloverMode.Meet],
        [PloverCategory.Reject] = [PloverMode.Assist, PloverMode.Change, PloverMode.Yield, PloverMode.Meet],
        [PloverCategory.Accuse] = [PloverMode.Disapprove, PloverMode.Investigate, PloverMode.Allege],
        [PloverCategory.Threaten] = [PloverMode.Restrict, PloverMode.Ban, PloverMode.Arrest, PloverMode.Relations, PloverMode.Expel, PloverMode.Territory, PloverMode.Violence],
        [PloverCategory.Sanction] = [PloverMode.Convict, PloverMode.Expel, PloverMode.Withdraw, PloverMode.Discontinue],
        [PloverCategory.Mobilize] = [PloverMode.Troops, PloverMode.Weapons],
        [PloverCategory.Coerce] = [PloverMode.Restrict, PloverMode.Ban, PloverMode.Arrest],
        [PloverCategory.Assault] = [PloverMode.HeavyWeapons, PloverMode.Explosives, PloverMode.Destroy],
    };

    /// <summary>The modes the codebook gives <paramref name="category"/> (those this dataset can use); empty for a category without modes.</summary>
    /// <param name="category">The category.</param>
    public static ImmutableArray<PloverMode> ModesOf(PloverCategory category) => Modes.TryGetValue(category, out var modes) ? modes : [];

    /// <summary>
    /// The PLOVER category a statement of <paramref name="type"/> is coded as, or null where PLOVER has none:
    /// PLOVER dropped CAMEO's public statements and appeals (01, 02), so assertions, requests, warnings and denials
    /// of a report are not PLOVER events.
    /// </summary>
    /// <param name="type">The statement type.</param>
    public static PloverCategory? CategoryOf(StatementType type) => type switch
    {
        StatementType.Demand => PloverCategory.Demand,
        StatementType.Propose => PloverCategory.Agree,
        StatementType.Agree => PloverCategory.Agree,
        StatementType.Assure => PloverCategory.Agree,
        StatementType.Reject => PloverCategory.Reject,
        StatementType.Accuse => PloverCategory.Accuse,
        StatementType.Threaten => PloverCategory.Threaten,
        StatementType.Concede => PloverCategory.Concede,
        StatementType.Consult => PloverCategory.Consult,
        _ => null,
    };

    /// <summary>The PLOVER category of a meeting: every call, round of talks, visit and unspecified encounter is CONSULT (section 3.2).</summary>
    /// <param name="kind">The meeting kind.</param>
    public static PloverCategory CategoryOf(MeetingKind kind) => PloverCategory.Consult;

    /// <summary>The codebook's own spelling of a category: upper case (<c>DEMAND</c>).</summary>
    /// <param name="category">The category.</param>
    public static string Spelling(PloverCategory category) => category.ToString().ToUpperInvariant();

    /// <summary>The codebook's own spelling of a mode (<c>third-party</c>, <c>heavy-weapons</c>).</summary>
    /// <param name="mode">The mode.</param>
    public static string Spelling(PloverMode mode) => Kebab(mode.ToString(), '-');

    /// <summary>The codebook's own spelling of a context (<c>human_rights</c>).</summary>
    /// <param name="context">The context.</param>
    public static string Spelling(PloverContext context) => Kebab(context.ToString(), '_');

    private static string Kebab(string name, char separator)
    {
        var text = new System.Text.StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) text.Append(separator);
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }
}
