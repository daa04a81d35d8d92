//! The host of a visit: whoever is visited is its target.
//!
//! PLOVER codes a visit (CONSULT, mode `visit`) from the visitor to the host.
//! News often names the host only by the place: `وصل وزير الخارجية العراقي
//! إلى دمشق في زيارة`, `زيارة الأمير محمد إلى القاهرة`. A place whose name
//! stands for an actor (a `metonym` in `data/actors`: a capital for its state
//! or government, a palace for its office) then names the host.

use marsad_model::{Event, EventType};

use crate::merge::root;

/// Gives each visit told with no target the actor seated in its place, when
/// `seated_in` knows one (`place:damascus` → `SYR-GOV`) and the visitor is
/// not of that state (`عاد الوفد الروسي إلى موسكو` is a return, not a visit
/// to Russia). A visitor the sentence does not name (`وصل وفد إلى دمشق في
/// زيارة`) still visited the host. Run it after `add_affiliations`, so an
/// official is known by their state. Invariant: only empty targets of
/// CONSULT visits change; nothing is removed or reordered.
pub fn add_hosts(events: &mut [Event], seated_in: &dyn Fn(&str) -> Option<String>) {
    for event in events {
        if event.kind != EventType::Consult
            || event.mode.as_deref() != Some("visit")
            || !event.target.is_empty()
        {
            continue;
        }
        let Some(host) = event.place.as_deref().and_then(seated_in) else { continue };
        let state = root(&host);
        if event.source.iter().any(|s| root(s) == state) {
            continue;
        }
        event.target.push(host);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_model::{ReportedAs, Span};

    fn visit(mode: &str, source: &[&str], target: &[&str], place: Option<&str>) -> Event {
        Event {
            id: "e1".into(),
            kind: EventType::Consult,
            mode: Some(mode.into()),
            source: source.iter().map(|s| s.to_string()).collect(),
            target: target.iter().map(|s| s.to_string()).collect(),
            place: place.map(str::to_string),
            places: Vec::new(),
            date: None,
            negated: false,
            reported_as: ReportedAs::Fact,
            historical: false,
            evidence: String::new(),
            span: Span::default(),
            trigger: Span::default(),
            rule: "TRG-consult-001".into(),
            also: Vec::new(),
            confidence: 1.0,
        }
    }

    fn seats(place: &str) -> Option<String> {
        match place {
            "place:damascus" => Some("SYR-GOV".into()),
            "place:moscow" => Some("RUS".into()),
            _ => None,
        }
    }

    #[test]
    fn a_visit_to_a_capital_targets_its_government() {
        let mut events =
            vec![visit("visit", &["person:ibrahim-al-jaafari", "IRQ"], &[], Some("place:damascus"))];
        add_hosts(&mut events, &seats);
        assert_eq!(events[0].target, ["SYR-GOV"]);
    }

    #[test]
    fn other_visits_are_left_alone() {
        let cases = [
            // A target already read from the sentence stays.
            visit("visit", &["SAU"], &["person:sergey-lavrov"], Some("place:moscow")),
            // A visitor of the host's own state comes home.
            visit("visit", &["RUS-GOV"], &[], Some("place:moscow")),
            visit("visit", &["SYR"], &[], Some("place:damascus")),
            // A meeting held in a capital is not hosted by it.
            visit("meeting", &["TUR", "IRN"], &[], Some("place:moscow")),
            // A place that seats no government.
            visit("visit", &["TUR"], &[], Some("place:manbij")),
            visit("visit", &["TUR"], &[], None),
        ];
        for case in cases {
            let mut events = vec![case.clone()];
            add_hosts(&mut events, &seats);
            assert_eq!(events[0], case);
        }
    }
}
