//! Officials as arguments: a person is recorded with the state they act for.
//!
//! GOLD_FORMAT convention (seeds-gold): `وزير الخارجية الروسي سيرغي لافروف` as a source is
//! `["person:sergey-lavrov", "RUS"]`, so an analyst filtering by state finds the minister's acts.
//!
//! The affiliation also tells who never fights: a body that watches, rules or relieves, and the
//! person who speaks for it, is taken out of an attack's doers ([`drop_unarmed_doers`]).

use marsad_model::{Event, EventType};

use crate::merge::same_ids;

/// Adds, after each `person:` in an event's source and target, the state `affiliation` gives for it,
/// unless that state (or one of its organs, `TUR-MIL` for `TUR`) is already there.
///
/// A doer official's own state is then taken out of the target (`رفع رئيس الوزراء الإسرائيلي
/// درجة التهديد لإيران` had Israel as the threatened, from the title's adjective): it is the
/// side the official acts for. It stays where an official of that state is in the target too
/// (`انتقد هولاند … ماكرون`), and in a joint act (every party on both sides). Measured (session
/// 38): five sets, seeds and real-gold unchanged; bulk 95 targets changed, nearly all a
/// president's or minister's own state dropped.
/// Invariant: adds only affiliations and removes only such an own state from the target; a person
/// without affiliation is left alone.
pub fn add_affiliations(events: &mut [Event], affiliation: &dyn Fn(&str) -> Option<String>) {
    for event in events {
        let joint = same_ids(&event.source, &event.target);
        affiliate(&mut event.source, affiliation);
        affiliate(&mut event.target, affiliation);
        if !joint {
            let states = |side: &[String]| -> Vec<String> {
                side.iter().filter(|id| id.starts_with("person:")).filter_map(|id| affiliation(id)).collect()
            };
            // Kept where an official of that state is struck too (`انتقد
            // هولاند … ماكرون`: France beside Macron).
            let theirs = states(&event.target);
            let own: Vec<String> =
                states(&event.source).into_iter().filter(|s| !theirs.contains(s)).collect();
            if !own.is_empty() {
                event.target.retain(|id| !own.contains(id));
            }
        }
    }
}

/// Takes unarmed bodies out of the doers of attacks and coercions. `is_unarmed(id)` holds for a body
/// that watches, rules, investigates or relieves but never fights (an NGO such as `SOHR` or
/// `WHITE-HELMETS`; the `UN`, the `OPCW`, marked `unarmed` in the actor files) and for a person who
/// holds office in or speaks for one (`person:rami-abdulrahman`, `speaks_for = "SOHR"`). Such a body
/// tells of an attack (`وقال مدير المرصد رامي عبد الرحمن إن 8 مدنيين قتلوا في قصف`, `وبحسب الأمم
/// المتحدة، فإن القصف المدفعي قتل 20 شخصا`), meets over it or rescues its victims, and never wages
/// it: the plain word order's reading of the teller as the subject is wrong there. The coder drops a
/// monitor only where a speech cue or a clause shows it telling; this step runs after
/// `add_affiliations`, which sets the body beside its spokesman.
/// Invariant: only ASSAULT and COERCE change; a monitor is taken out of the target only where it was
/// also a doer (a clash it told read as joint), so a rescue team struck stays the target.
pub fn drop_unarmed_doers(events: &mut [Event], is_unarmed: &dyn Fn(&str) -> bool) {
    for event in events {
        if !matches!(event.kind, EventType::Assault | EventType::Coerce) {
            continue;
        }
        let doers: Vec<String> = event.source.iter().filter(|id| is_unarmed(id)).cloned().collect();
        if doers.is_empty() {
            continue;
        }
        event.source.retain(|id| !doers.contains(id));
        event.target.retain(|id| !doers.contains(id));
    }
}

fn affiliate(args: &mut Vec<String>, affiliation: &dyn Fn(&str) -> Option<String>) {
    let mut out: Vec<String> = Vec::with_capacity(args.len() + 1);
    for arg in args.iter() {
        out.push(arg.clone());
        if !arg.starts_with("person:") {
            continue;
        }
        if let Some(state) = affiliation(arg) {
            let present = |a: &String| a == &state || a.split('-').next() == Some(state.as_str());
            if !args.iter().any(present) && !out.iter().any(present) {
                out.push(state);
            }
        }
    }
    *args = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_model::{ReportedAs, Span};

    fn event(source: &[&str], target: &[&str]) -> Event {
        let mut e = Event {
            id: "e1".into(),
            kind: EventType::Consult,
            mode: None,
            source: Vec::new(),
            target: Vec::new(),
            place: None,
            places: Vec::new(),
            date: None,
            negated: false,
            reported_as: ReportedAs::Fact,
            historical: false,
            evidence: "جاء ذلك في أعقاب محادثات مع نظيره التركي مولود جاويش أوغلو في موسكو".into(),
            span: Span::default(),
            trigger: Span::default(),
            rule: "TRG-consult-001".into(),
            also: Vec::new(),
            confidence: 1.0,
        };
        e.source = source.iter().map(|s| s.to_string()).collect();
        e.target = target.iter().map(|s| s.to_string()).collect();
        e
    }

    fn states(id: &str) -> Option<String> {
        match id {
            "person:sergey-lavrov" => Some("RUS".into()),
            "person:mevlut-cavusoglu" => Some("TUR".into()),
            "person:other-russian" => Some("RUS".into()),
            _ => None,
        }
    }

    /// (source, target, expected source, expected target)
    type Case<'a> = (&'a [&'a str], &'a [&'a str], &'a [&'a str], &'a [&'a str]);

    #[test]
    fn officials_get_their_state_once() {
        let cases: &[Case] = &[
            (
                &["person:sergey-lavrov"],
                &["person:mevlut-cavusoglu"],
                &["person:sergey-lavrov", "RUS"],
                &["person:mevlut-cavusoglu", "TUR"],
            ),
            (&["person:sergey-lavrov", "RUS"], &["TUR"], &["person:sergey-lavrov", "RUS"], &["TUR"]),
            (&["TUR-SSB", "person:mevlut-cavusoglu"], &[], &["TUR-SSB", "person:mevlut-cavusoglu"], &[]),
            (&["person:unknown-man"], &["USA"], &["person:unknown-man"], &["USA"]),
            // The official's own state read as struck is the side the official acts for.
            (&["person:sergey-lavrov"], &["RUS"], &["person:sergey-lavrov", "RUS"], &[]),
            (&["person:sergey-lavrov", "RUS"], &["RUS", "TUR"], &["person:sergey-lavrov", "RUS"], &["TUR"]),
            // Kept beside an official of that state struck, and in a joint act.
            (
                &["person:sergey-lavrov"],
                &["person:other-russian", "RUS"],
                &["person:sergey-lavrov", "RUS"],
                &["person:other-russian", "RUS"],
            ),
            (
                &["person:sergey-lavrov", "RUS"],
                &["person:sergey-lavrov", "RUS"],
                &["person:sergey-lavrov", "RUS"],
                &["person:sergey-lavrov", "RUS"],
            ),
        ];
        for (src, tgt, want_src, want_tgt) in cases {
            let mut events = vec![event(src, tgt)];
            add_affiliations(&mut events, &states);
            assert_eq!(events[0].source, *want_src, "source of {src:?}");
            assert_eq!(events[0].target, *want_tgt, "target of {tgt:?}");
        }
    }

    #[test]
    fn unarmed_bodies_are_no_doers_of_attacks() {
        let unarmed = |id: &str| matches!(id, "SOHR" | "person:rami-abdulrahman" | "WHITE-HELMETS" | "UN");
        // (type, source, target, expected source, expected target)
        type Typed<'a> = (EventType, &'a [&'a str], &'a [&'a str], &'a [&'a str], &'a [&'a str]);
        let cases: &[Typed] = &[
            // The director told of shelling: he and his body wage nothing.
            (EventType::Assault, &["person:rami-abdulrahman", "SOHR"], &[], &[], &[]),
            // The doer stays beside the teller read with it.
            (EventType::Assault, &["SOHR", "TUR-MIL"], &["YPG"], &["TUR-MIL"], &["YPG"]),
            // A clash the Observatory told, read as joint: it leaves both sides.
            (
                EventType::Assault,
                &["SOHR", "SYR-MIL", "RUS-MIL"],
                &["SOHR", "SYR-MIL", "RUS-MIL"],
                &["SYR-MIL", "RUS-MIL"],
                &["SYR-MIL", "RUS-MIL"],
            ),
            // A rescue team struck stays the target.
            (EventType::Assault, &["SYR-MIL"], &["WHITE-HELMETS"], &["SYR-MIL"], &["WHITE-HELMETS"]),
            (EventType::Coerce, &["SOHR"], &["TUR"], &[], &["TUR"]),
            // `وبحسب الأمم المتحدة، فإن القصف المدفعي قتل 20 شخصا`: the UN tells the toll.
            (EventType::Assault, &["UN"], &[], &[], &[]),
            // What a monitor says or asks is its own act.
            (EventType::Request, &["SOHR"], &["UN"], &["SOHR"], &["UN"]),
            (
                EventType::Accuse,
                &["person:rami-abdulrahman", "SOHR"],
                &["TUR"],
                &["person:rami-abdulrahman", "SOHR"],
                &["TUR"],
            ),
        ];
        for (kind, src, tgt, want_src, want_tgt) in cases {
            let mut events = vec![event(src, tgt)];
            events[0].kind = *kind;
            drop_unarmed_doers(&mut events, &unarmed);
            assert_eq!(events[0].source, *want_src, "{kind:?} source of {src:?}");
            assert_eq!(events[0].target, *want_tgt, "{kind:?} target of {tgt:?}");
        }
    }
}
