//! Each subcommand: parse the typed codes, call one core function, print the result.

use std::io::{IsTerminal, Write};

use chrono::NaiveDate;
use escale_core::activity::defaults::RecordDefaults;
use escale_core::activity::{Activity, ActivityFilter, ActivityInput, AnonymousParticipants};
use escale_core::beneficiary::{Beneficiary, BeneficiaryInput, BeneficiarySummary};
use escale_core::commune::{Commune, official_commune};
use escale_core::demo::{self, DemoOptions};
use escale_core::i18n::Localizer;
use escale_core::audit::{AuditEvent, AuditFilter, PageRequest};
use escale_core::organisation::{Partner, PartnerInput, Place, PlaceInput, Structure, StructureInput};
use escale_core::people::timeline::{PersonTimeline, TimelineEvent};
use escale_core::privacy::access_document::access_document_text;
use escale_core::privacy::consent::{Consent, ConsentInput};
use escale_core::privacy::erasure::ErasureScope;
use escale_core::privacy::retention::RetentionCandidate;
use escale_core::procedure::catalogue::{
    CatalogueEntry, CustomEntryInput, document_fluent_id, organisation_fluent_id,
};
use escale_core::procedure::follow_up::{FollowUp, FollowUpItem};
use escale_core::procedure::{Procedure, ProcedureDetails, ProcedureInput, StatusChangeInput};
use escale_core::vocabulary::*;
use escale_core::session::Laptop;
use escale_core::{CoreError, DataDir, Store, ValidationError};
use serde::Serialize;

use crate::Failure;
use crate::{backups, exports, imports, interrupt, keys, mediators, progress, stats};
use crate::cli::*;

pub(crate) type Outcome = Result<(), Failure>;

pub fn run(cli: Cli, localizer: &Localizer, out: &mut dyn Write) -> Outcome {
    let laptop = Laptop::new(&cli.data_dir.map(DataDir::new).unwrap_or_else(DataDir::default_location));
    let printer = Printer { localizer, out };
    let command = match cli.command {
        Command::Mediator(command) => return mediators::command(command, &laptop, localizer, printer),
        command => command,
    };
    let data_dir = match (&command, cli.mediator.as_deref()) {
        (_, Some(id)) => laptop.store(id)?,
        // A first setup goes where a single store always was; `init` refuses if it is taken.
        (Command::Init(_), None) => laptop.first_store_folder(),
        (_, None) => laptop.single_store().map_err(|error| match error {
            CoreError::MediatorNotChosen => Failure::Message("cli-mediator-choose", vec![]),
            other => other.into(),
        })?,
    };
    match command {
        Command::Init(args) => keys::init(&data_dir, &args, localizer, printer),
        Command::Recover(args) => keys::recover(&data_dir, &args, localizer, printer),
        // Checking a backup needs no store; restoring one makes it.
        Command::Backup(command @ (BackupCommand::Verify { .. } | BackupCommand::Restore { .. })) => {
            backups::without_store(command, &data_dir, printer)
        }
        command => {
            let mut store = keys::open(&data_dir, localizer)?;
            dispatch(command, &mut store, printer)
        }
    }
}

fn dispatch(command: Command, store: &mut Store, mut printer: Printer<'_>) -> Outcome {
    match command {
        Command::Init(_)
        | Command::Recover(_)
        | Command::Mediator(_)
        | Command::Backup(BackupCommand::Verify { .. } | BackupCommand::Restore { .. }) => {
            unreachable!("handled before a store is opened")
        }
        Command::Backup(BackupCommand::Create { to, json }) => backups::create(store, &to, json, printer),
        Command::RecoverySheet(args) => {
            let localizer = printer.localizer;
            keys::recovery_sheet(store, &args, localizer, printer)
        }
        Command::Key(command) => {
            let localizer = printer.localizer;
            keys::key_command(command, store, localizer, printer)
        }
        Command::Demo(args) => {
            let bar = progress::bar(printer.localizer.text("cli-demo-progress"));
            let tell = |done: u64, total: u64| {
                bar.set_length(total);
                bar.set_position(done);
                interrupt::should_go_on()
            };
            // Ctrl-C stops it: the demo records are one transaction, rolled back.
            let generated = interrupt::cancellable(|| demo::generate_with_progress(store, DemoOptions::people(args.people), &tell));
            bar.finish_and_clear();
            let summary = generated?;
            if args.json {
                return printer.json(&summary);
            }
            let line = printer.localizer.message(
                "cli-demo-done",
                &[
                    ("people", summary.people.into()),
                    ("activities", summary.activities.into()),
                    ("workshops", summary.workshops.into()),
                    ("procedures", summary.procedures.into()),
                ],
            );
            printer.line(&line)
        }
        Command::Beneficiary(command) => beneficiary(command, store, printer),
        Command::Activity(command) => activity(command, store, printer),
        Command::Procedure(command) => procedure(command, store, printer),
        Command::Catalogue(command) => catalogue(command, store, printer),
        Command::FollowUp(args) => follow_up(args, store, printer),
        Command::Structure(command) => structure(command, store, printer),
        Command::Place(command) => place(command, store, printer),
        Command::Partner(command) => partner(command, store, printer),
        Command::Consent(command) => consent(command, store, printer),
        Command::Person(command) => person(command, store, printer),
        Command::Retention(command) => retention(command, store, printer),
        Command::Audit(command) => audit(command, store, printer),
        Command::Pdf(command) => pdf(command, store, printer),
        Command::Stats(args) => stats::command(args, store, printer),
        Command::Report(args) => stats::report(args, store, printer),
        Command::Import(command) => imports::command(command, store, printer),
        Command::Export(command) => exports::export(command, store, printer),
    }
}

/// Makes the document, then saves it all or nothing: an unknown id or language writes no file,
/// and a folder that cannot take it keeps no partial file under the name asked for.
fn pdf(command: PdfCommand, store: &mut Store, mut printer: Printer<'_>) -> Outcome {
    let (printed, out) = match command {
        PdfCommand::Summary(args) => (escale_documents::session_summary(store, &args.id, args.lang.as_deref())?, args.out),
        PdfCommand::Procedure(args) => (escale_documents::procedure_sheet(store, &args.id, args.lang.as_deref())?, args.out),
        PdfCommand::Consent(args) => (escale_documents::consent_form(store, &args.id, args.lang.as_deref())?, args.out),
    };
    escale_core::folders::save_file_atomically(&out, &printed.bytes)?;
    let line = printer.localizer.message(
        "cli-pdf-written",
        &[("path", out.display().to_string().into()), ("pages", printed.pages.into())],
    );
    printer.line(&line)
}

/// Fills a commune from its INSEE code with the official list when only the code was typed.
fn commune_from(args: &CommuneArgs) -> Commune {
    let insee_code = args.insee.clone().unwrap_or_default();
    // The core accepts Corsican codes in any case (2a004); the official list spells them 2A004.
    let official = official_commune(&insee_code.trim().to_uppercase());
    Commune {
        name: args.commune.clone().or_else(|| official.map(|c| c.name.clone())).unwrap_or_default(),
        postal_code: args
            .postal_code
            .clone()
            .or_else(|| official.and_then(|c| c.postal_codes.first().cloned()))
            .unwrap_or_default(),
        insee_code,
    }
}

/// "Guéret (23000)", or the name alone without a postal code.
fn commune_text(commune: &Commune) -> String {
    if commune.postal_code.is_empty() {
        commune.name.clone()
    } else {
        format!("{} ({})", commune.name, commune.postal_code)
    }
}

pub(crate) fn date_from(text: &str) -> Result<NaiveDate, Failure> {
    text.parse().map_err(|_| ValidationError::DateInvalid.into())
}

fn optional_code<T>(code: &Option<String>, parse: fn(&str) -> Result<T, ValidationError>) -> Result<Option<T>, Failure> {
    Ok(code.as_deref().map(parse).transpose()?)
}

fn beneficiary(command: BeneficiaryCommand, store: &mut Store, mut printer: Printer<'_>) -> Outcome {
    match command {
        BeneficiaryCommand::Add(args) => {
            let input = BeneficiaryInput {
                anonymous: args.anonymous,
                first_name: args.first_name.clone().unwrap_or_default(),
                last_name: args.last_name.clone().unwrap_or_default(),
                latin_first_name: args.latin_first_name.clone().unwrap_or_default(),
                latin_last_name: args.latin_last_name.clone().unwrap_or_default(),
                birth_year: args.birth_year,
                gender: optional_code(&args.gender, Gender::from_code)?.unwrap_or(Gender::NotCommunicated),
                social_status: optional_code(&args.social_status, SocialStatus::from_code)?
                    .unwrap_or(SocialStatus::NotCommunicated),
                commune: commune_from(&args.commune),
                phone: args.phone.clone().unwrap_or_default(),
                email: args.email.clone().unwrap_or_default(),
                languages: args.languages.clone(),
                document_language: args.document_language.clone(),
                notes: args.notes.clone().unwrap_or_default(),
            };
            let created = store.create_beneficiary_met_before(&input, args.accompanied_before)?;
            // Said on stderr, so that scripts reading the result are not disturbed.
            for twin in store.likely_duplicates(&input, Some(&created.id))? {
                let note = printer.localizer.message("cli-likely-duplicate", &[("id", twin.id.as_str().into())]);
                let _ = writeln!(std::io::stderr(), "escale: {note}");
            }
            if args.json {
                return printer.json(&created);
            }
            printer.beneficiary(&created)
        }
        BeneficiaryCommand::List { limit, json } => {
            let found = store.search_beneficiaries("", limit)?;
            if json {
                return printer.json(&found);
            }
            printer.beneficiary_lines(&found)
        }
        BeneficiaryCommand::Search { query, limit, json } => {
            let found = store.search_beneficiaries(&query, limit)?;
            if json {
                return printer.json(&found);
            }
            printer.beneficiary_lines(&found)
        }
        BeneficiaryCommand::Show { id, json } => {
            // Printing a file is opening it: the audit log shows who looked at whose file.
            store.record_file_view(&id)?;
            let found = store.beneficiary(&id)?;
            let activities = store.activities_of_beneficiary(&id)?;
            let procedures = store.procedures(Some(&id))?;
            if json {
                #[derive(Serialize)]
                struct File<'a> {
                    beneficiary: &'a Beneficiary,
                    activities: &'a [Activity],
                    procedures: &'a [Procedure],
                }
                return printer.json(&File { beneficiary: &found, activities: &activities, procedures: &procedures });
            }
            printer.beneficiary(&found)?;
            printer.activity_lines(&activities)?;
            printer.procedure_lines(&procedures)
        }
        BeneficiaryCommand::Timeline { id, limit, json } => {
            store.record_file_view(&id)?;
            let timeline = store.person_timeline(&id, PageRequest { offset: 0, limit })?;
            if json {
                return printer.json(&timeline);
            }
            printer.timeline_lines(&timeline)
        }
        BeneficiaryCommand::Merge { kept, other, yes, json } => {
            if !yes {
                let preview = store.merge_preview(&kept, &other)?;
                if json {
                    return printer.json(&preview);
                }
                let l = printer.localizer;
                let text = l.message(
                    "cli-merge-preview",
                    &[
                        ("accompaniments", preview.accompaniments_moved.into()),
                        ("procedures", preview.procedures_moved.into()),
                        ("consents", preview.consents_moved.into()),
                        ("fields", preview.fields_taken.join(", ").into()),
                    ],
                );
                return printer.line(&text);
            }
            let merge = store.merge_beneficiaries(&kept, &other)?;
            if json {
                return printer.json(&merge);
            }
            let text = printer.localizer.message("cli-merged", &[("merge", merge.id.as_str().into())]);
            printer.line(&text)
        }
        BeneficiaryCommand::Unmerge { merge, json } => {
            let undone = store.undo_merge(&merge)?;
            if json {
                return printer.json(&undone);
            }
            let text = printer.localizer.message("cli-unmerged", &[("id", undone.merged_id.as_str().into())]);
            printer.line(&text)
        }
    }
}

fn activity(command: ActivityCommand, store: &mut Store, mut printer: Printer<'_>) -> Outcome {
    match command {
        ActivityCommand::Add(args) => {
            let kind = ActivityKind::from_code(&args.kind)?;
            let anonymous_participants =
                args.anonymous_total.map(|total| AnonymousParticipants { total, ..AnonymousParticipants::default() });
            let input = ActivityInput {
                kind,
                date: match &args.date {
                    Some(text) => date_from(text)?,
                    None => escale_core::clock::today(),
                },
                duration_minutes: args.duration,
                place_type: PlaceType::from_code(&args.place_type)?,
                place_id: args.place.clone(),
                commune: commune_from(&args.commune),
                themes: args.themes.iter().map(|c| Theme::from_code(c)).collect::<Result<_, _>>()?,
                equipment: args.equipment.iter().map(|c| Equipment::from_code(c)).collect::<Result<_, _>>()?,
                autonomy: optional_code(&args.autonomy, Autonomy::from_code)?,
                workshop_title: args.workshop_title.clone().unwrap_or_default(),
                workshop_level: optional_code(&args.workshop_level, WorkshopLevel::from_code)?,
                orientation: optional_code(&args.orientation, RedirectionStructure::from_code)?,
                procedure_name: args.procedure_name.clone().unwrap_or_default(),
                notes: args.notes.clone().unwrap_or_default(),
                next_steps: args.next_steps.clone().unwrap_or_default(),
                participants: args.beneficiaries.clone(),
                anonymous_participants,
            };
            let recorded = store.record_activity(&input)?;
            if args.json {
                return printer.json(&recorded);
            }
            printer.activity_lines(std::slice::from_ref(&recorded))
        }
        ActivityCommand::Defaults { kind, json } => {
            let defaults = store.record_defaults(ActivityKind::from_code(&kind)?, escale_core::clock::today())?;
            if json {
                return printer.json(&defaults);
            }
            let place_id = defaults.place.as_ref().and_then(|place| place.place_id.clone());
            let place_name = match place_id {
                Some(id) => store.places()?.into_iter().find(|place| place.id == id).map(|place| place.name),
                None => None,
            };
            printer.record_defaults(&defaults, place_name)
        }
        ActivityCommand::Edit { id, date, duration, themes, notes, next_steps, json } => {
            // Only the options given change; the others keep what was recorded.
            let current = store.activity(&id)?;
            let mut input = ActivityInput::from(&current);
            if let Some(text) = &date {
                input.date = date_from(text)?;
            }
            if let Some(minutes) = duration {
                input.duration_minutes = minutes;
            }
            if !themes.is_empty() {
                input.themes = themes.iter().map(|c| Theme::from_code(c)).collect::<Result<_, _>>()?;
            }
            if let Some(text) = notes {
                input.notes = text;
            }
            if let Some(text) = next_steps {
                input.next_steps = text;
            }
            let corrected = store.update_activity(&id, &input)?;
            if json {
                return printer.json(&corrected);
            }
            printer.activity_lines(std::slice::from_ref(&corrected))
        }
        ActivityCommand::Delete { id, json } => {
            let deleted = store.delete_activity(&id)?;
            if json {
                return printer.json(&deleted);
            }
            let text = printer.localizer.message("cli-activity-deleted", &[("id", deleted.id.as_str().into())]);
            printer.line(&text)
        }
        ActivityCommand::Restore { id, json } => {
            let restored = store.restore_activity(&id)?;
            if json {
                return printer.json(&restored);
            }
            printer.activity_lines(std::slice::from_ref(&restored))
        }
        ActivityCommand::List { from, to, beneficiary, limit, json } => {
            let filter = ActivityFilter {
                from: from.as_deref().map(date_from).transpose()?,
                to: to.as_deref().map(date_from).transpose()?,
                beneficiary_id: beneficiary,
                limit: Some(limit),
            };
            let found = store.activities(&filter)?;
            if json {
                return printer.json(&found);
            }
            printer.activity_lines(&found)
        }
    }
}

fn optional_date(text: Option<&str>) -> Result<Option<NaiveDate>, Failure> {
    text.map(date_from).transpose()
}

fn procedure(command: ProcedureCommand, store: &mut Store, mut printer: Printer<'_>) -> Outcome {
    let (changed, json) = match command {
        ProcedureCommand::Start { beneficiary, kind, status, on, reference, deadline, call_back, notes, json } => {
            let input = ProcedureInput {
                beneficiary_id: beneficiary,
                kind,
                status: ProcedureStatus::from_code(&status)?,
                started_on: optional_date(on.as_deref())?,
                reference: reference.unwrap_or_default(),
                deadline: optional_date(deadline.as_deref())?,
                call_back_on: optional_date(call_back.as_deref())?,
                notes: notes.unwrap_or_default(),
            };
            (store.create_procedure(&input)?, json)
        }
        ProcedureCommand::Status { id, status, note, on, json } => {
            let change = StatusChangeInput {
                status: ProcedureStatus::from_code(&status)?,
                note: note.unwrap_or_default(),
                on: optional_date(on.as_deref())?,
            };
            (store.set_procedure_status(&id, &change)?, json)
        }
        ProcedureCommand::Reopen { id, note, status, on, json } => {
            let change =
                StatusChangeInput { status: ProcedureStatus::from_code(&status)?, note, on: optional_date(on.as_deref())? };
            (store.reopen_procedure(&id, &change)?, json)
        }
        ProcedureCommand::Check { id, document, state, json } => {
            (store.set_procedure_document(&id, &document, DocumentState::from_code(&state)?)?, json)
        }
        ProcedureCommand::RecurrenceDone { id, on, json } => {
            (store.record_recurrence_done(&id, optional_date(on.as_deref())?)?, json)
        }
        ProcedureCommand::Edit { id, reference, deadline, renewal, call_back, clear, notes, json } => {
            // Only the options given change; the others keep their stored value.
            let current = store.procedure(&id)?;
            let cleared = |field: &str| clear.iter().any(|name| name == field);
            let pick = |typed: Option<String>, stored: Option<NaiveDate>, field: &str| -> Result<Option<NaiveDate>, Failure> {
                if cleared(field) { Ok(None) } else { Ok(optional_date(typed.as_deref())?.or(stored)) }
            };
            let details = ProcedureDetails {
                reference: reference.unwrap_or(current.reference),
                deadline: pick(deadline, current.deadline, "deadline")?,
                renewal_on: pick(renewal, current.renewal_on, "renewal")?,
                call_back_on: pick(call_back, current.call_back_on, "call-back")?,
                notes: notes.unwrap_or(current.notes),
            };
            (store.update_procedure(&id, &details)?, json)
        }
        ProcedureCommand::Link { id, activity, unlink, json } => {
            let linked = if unlink {
                store.unlink_procedure_activity(&id, &activity)?
            } else {
                store.link_procedure_activity(&id, &activity)?
            };
            (linked, json)
        }
        ProcedureCommand::Show { id, json } => (store.procedure(&id)?, json),
        ProcedureCommand::List { beneficiary, json } => {
            let found = store.procedures(beneficiary.as_deref())?;
            if json {
                return printer.json(&found);
            }
            return printer.procedure_lines(&found);
        }
    };
    if json {
        return printer.json(&changed);
    }
    printer.procedure_details(&changed)
}

fn catalogue(command: CatalogueCommand, store: &mut Store, mut printer: Printer<'_>) -> Outcome {
    let (entry, json) = match command {
        CatalogueCommand::List { all, json } => {
            let entries: Vec<CatalogueEntry> =
                store.catalogue()?.into_iter().filter(|entry| all || entry.is_offered()).collect();
            if json {
                return printer.json(&entries);
            }
            return printer.catalogue_lines(&entries);
        }
        CatalogueCommand::Add { label, theme, organisation, documents, delay, json } => {
            let input = CustomEntryInput {
                label,
                theme: Theme::from_code(&theme)?,
                organisation,
                documents,
                typical_delay_days: delay,
            };
            (store.add_catalogue_entry(&input)?, json)
        }
        CatalogueCommand::Hide { id, json } => (store.set_catalogue_entry_hidden(&id, true)?, json),
        CatalogueCommand::Show { id, json } => (store.set_catalogue_entry_hidden(&id, false)?, json),
    };
    if json {
        return printer.json(&entry);
    }
    printer.catalogue_lines(std::slice::from_ref(&entry))
}

fn follow_up(args: FollowUpArgs, store: &mut Store, mut printer: Printer<'_>) -> Outcome {
    let on = match &args.on {
        Some(text) => date_from(text)?,
        None => escale_core::clock::today(),
    };
    if args.count {
        let count = store.follow_up_count(on)?;
        if args.json {
            return printer.json(&count);
        }
        let line = printer.localizer.message(
            "cli-follow-up-count",
            &[
                ("overdue", count.overdue.into()),
                ("today", count.due_today.into()),
                ("week", count.this_week.into()),
            ],
        );
        return printer.line(&line);
    }
    let list = store.follow_up(on)?;
    if args.json {
        return printer.json(&list);
    }
    printer.follow_up(&list)
}

/// Whether any commune option was typed: an edit then replaces the stored commune (an empty
/// `--insee ""` clears it).
fn commune_given(args: &CommuneArgs) -> bool {
    args.insee.is_some() || args.postal_code.is_some() || args.commune.is_some()
}

fn structure(command: StructureCommand, store: &mut Store, mut printer: Printer<'_>) -> Outcome {
    match command {
        StructureCommand::Show { json } => {
            let found = store.structure()?;
            if json {
                return printer.json(&found);
            }
            match found {
                Some(structure) => printer.structure(&structure),
                None => {
                    let text = printer.localizer.text("cli-structure-none");
                    printer.line(&text)
                }
            }
        }
        StructureCommand::Set { name, siret, address, commune, phone, email, json } => {
            let current = store.structure()?;
            let keep = |typed: Option<String>, stored: fn(&Structure) -> &String| {
                typed.unwrap_or_else(|| current.as_ref().map(|c| stored(c).clone()).unwrap_or_default())
            };
            let input = StructureInput {
                commune: if commune_given(&commune) {
                    commune_from(&commune)
                } else {
                    current.as_ref().map(|c| c.commune.clone()).unwrap_or_default()
                },
                name: keep(name, |c| &c.name),
                siret: keep(siret, |c| &c.siret),
                address: keep(address, |c| &c.address),
                phone: keep(phone, |c| &c.phone),
                email: keep(email, |c| &c.email),
            };
            let set = store.set_structure(&input)?;
            if json {
                return printer.json(&set);
            }
            printer.structure(&set)
        }
    }
}

fn place(command: PlaceCommand, store: &mut Store, mut printer: Printer<'_>) -> Outcome {
    let (place, json) = match command {
        PlaceCommand::Add { name, address, commune, json } => {
            let input = PlaceInput { name, address: address.unwrap_or_default(), commune: commune_from(&commune) };
            (store.create_place(&input)?, json)
        }
        PlaceCommand::Edit { id, name, address, commune, json } => {
            let current = store.place(&id)?;
            let input = PlaceInput {
                name: name.unwrap_or(current.name),
                address: address.unwrap_or(current.address),
                commune: if commune_given(&commune) { commune_from(&commune) } else { current.commune },
            };
            (store.update_place(&id, &input)?, json)
        }
        PlaceCommand::Archive { id, json } => {
            let archived = store.archive_place(&id)?;
            if json {
                return printer.json(&archived);
            }
            let line = printer
                .localizer
                .message("cli-place-archived", &[("name", archived.name.as_str().into()), ("id", archived.id.as_str().into())]);
            return printer.line(&line);
        }
        PlaceCommand::List { json } => {
            let found = store.places()?;
            if json {
                return printer.json(&found);
            }
            return printer.place_lines(&found);
        }
    };
    if json {
        return printer.json(&place);
    }
    printer.place_lines(std::slice::from_ref(&place))
}

/// A partner's kind typed on the command line: a code of the national orientation list.
fn partner_kind(code: &str) -> Result<RedirectionStructure, Failure> {
    RedirectionStructure::from_code(code)
        .map_err(|_| ValidationError::UnknownCode { field: "kind", code: code.to_string() }.into())
}

fn partner(command: PartnerCommand, store: &mut Store, mut printer: Printer<'_>) -> Outcome {
    let (partner, json) = match command {
        PartnerCommand::Add { name, kind, details, json } => {
            let input = PartnerInput {
                name,
                kind: partner_kind(&kind)?,
                address: details.address.unwrap_or_default(),
                commune: commune_from(&details.commune),
                phone: details.phone.unwrap_or_default(),
                email: details.email.unwrap_or_default(),
                opening_hours: details.hours.unwrap_or_default(),
                notes: details.notes.unwrap_or_default(),
            };
            (store.create_partner(&input)?, json)
        }
        PartnerCommand::Edit { id, name, kind, details, json } => {
            let current = store.partner(&id)?;
            let input = PartnerInput {
                name: name.unwrap_or(current.name),
                kind: kind.as_deref().map(partner_kind).transpose()?.unwrap_or(current.kind),
                address: details.address.unwrap_or(current.address),
                commune: if commune_given(&details.commune) { commune_from(&details.commune) } else { current.commune },
                phone: details.phone.unwrap_or(current.phone),
                email: details.email.unwrap_or(current.email),
                opening_hours: details.hours.unwrap_or(current.opening_hours),
                notes: details.notes.unwrap_or(current.notes),
            };
            (store.update_partner(&id, &input)?, json)
        }
        PartnerCommand::Archive { id, json } => {
            let archived = store.archive_partner(&id)?;
            if json {
                return printer.json(&archived);
            }
            let line = printer
                .localizer
                .message("cli-partner-archived", &[("name", archived.name.as_str().into()), ("id", archived.id.as_str().into())]);
            return printer.line(&line);
        }
        PartnerCommand::List { kind, json } => {
            let found = store.partners(kind.as_deref().map(partner_kind).transpose()?)?;
            if json {
                return printer.json(&found);
            }
            return printer.partner_lines(&found);
        }
    };
    if json {
        return printer.json(&partner);
    }
    printer.partner_lines(std::slice::from_ref(&partner))
}

fn consent(command: ConsentCommand, store: &mut Store, mut printer: Printer<'_>) -> Outcome {
    match command {
        ConsentCommand::Record { beneficiary, method, purposes, date, json } => {
            let input = ConsentInput {
                beneficiary_id: beneficiary,
                given_on: match &date {
                    Some(text) => date_from(text)?,
                    None => escale_core::clock::today(),
                },
                method: ConsentMethod::from_code(&method)?,
                purposes: purposes.iter().map(|code| ConsentPurpose::from_code(code)).collect::<Result<_, _>>()?,
            };
            let recorded = store.record_consent(&input)?;
            if json {
                return printer.json(&recorded);
            }
            printer.consent_lines(std::slice::from_ref(&recorded))
        }
        ConsentCommand::Withdraw { id, date, json } => {
            let on = match &date {
                Some(text) => date_from(text)?,
                None => escale_core::clock::today(),
            };
            let withdrawn = store.withdraw_consent(&id, on)?;
            if json {
                return printer.json(&withdrawn);
            }
            printer.consent_lines(std::slice::from_ref(&withdrawn))
        }
        ConsentCommand::List { beneficiary, json } => {
            let found = store.consents_of(&beneficiary)?;
            if json {
                return printer.json(&found);
            }
            printer.consent_lines(&found)
        }
    }
}

fn person(command: PersonCommand, store: &mut Store, mut printer: Printer<'_>) -> Outcome {
    match command {
        PersonCommand::Export { id, out, json } => {
            let export = store.access_export(&id)?;
            let contents = if json {
                serde_json::to_string_pretty(&export).expect("core values always serialize")
            } else {
                // The readable copy is in the person's language, whatever the mediator's is.
                access_document_text(&export, &Localizer::new(&export.beneficiary.document_language))
            };
            write_private_file(&out, contents.as_bytes())?;
            let line = printer
                .localizer
                .message("cli-export-written", &[("path", out.display().to_string().into())]);
            printer.line(&line)
        }
        PersonCommand::View { id, json } => {
            let view = store.person_view(&id, escale_core::clock::today())?;
            if json {
                return printer.json(&view);
            }
            // In the person's language, whatever the mediator's is: the blocks of the window's view.
            let text = view.text(&Localizer::new(&view.language));
            printer.line(text.trim_end())
        }
        PersonCommand::Erase { id, yes, preview, json } => {
            let scope = store.erasure_preview(&id)?;
            if preview {
                if json {
                    return printer.json(&scope);
                }
                return printer.erasure_scope(store, &scope);
            }
            if !yes {
                // An erasure cannot be undone: a person confirms it, having read what goes. A
                // script says --yes; without a terminal there is nobody to ask.
                if !std::io::stdin().is_terminal() {
                    return Err(Failure::Message("cli-erase-needs-confirmation", vec![]));
                }
                printer.erasure_scope(store, &scope)?;
                if !printer.confirmed()? {
                    return Err(Failure::Message("cli-erase-cancelled", vec![]));
                }
            }
            let report = store.erase_beneficiary(&id)?;
            if json {
                return printer.json(&report);
            }
            let done = printer.localizer.message("cli-erase-done", &[("id", id.as_str().into())]);
            printer.line(&done)?;
            if !report.log_truncated {
                let busy = printer.localizer.text("cli-erase-log-busy");
                printer.line(&busy)?;
            }
            Ok(())
        }
    }
}

/// Writes a file only the laptop's account can read: an export holds a person's whole file.
fn write_private_file(path: &std::path::Path, contents: &[u8]) -> Outcome {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let io_error = |source| Failure::Core(CoreError::Io { path: path.display().to_string(), source });
    let mut file = options.open(path).map_err(io_error)?;
    file.write_all(contents).map_err(io_error)?;
    file.sync_all().map_err(io_error)
}

fn retention(command: RetentionCommand, store: &mut Store, mut printer: Printer<'_>) -> Outcome {
    match command {
        RetentionCommand::Show { json } => {
            let months = store.retention_months()?;
            if json {
                return printer.json(&serde_json::json!({ "retentionMonths": months }));
            }
            printer.retention_months(months)
        }
        RetentionCommand::Set { months, json } => {
            let months = store.set_retention_months(months)?;
            if json {
                return printer.json(&serde_json::json!({ "retentionMonths": months }));
            }
            printer.retention_months(months)
        }
        RetentionCommand::Preview { on, json } => {
            let on = match &on {
                Some(text) => date_from(text)?,
                None => escale_core::clock::today(),
            };
            let due = store.retention_preview(on)?;
            if json {
                return printer.json(&due);
            }
            printer.retention_lines(&due)
        }
        RetentionCommand::Apply { json } => {
            let report = store.apply_retention(escale_core::clock::today())?;
            if json {
                return printer.json(&report);
            }
            let line = printer.localizer.message(
                "cli-retention-applied",
                &[
                    ("anonymised", report.anonymised.into()),
                    ("pruned", report.audit_events_pruned.into()),
                    ("months", report.retention_months.into()),
                ],
            );
            printer.line(&line)
        }
    }
}

fn audit(command: AuditCommand, store: &mut Store, mut printer: Printer<'_>) -> Outcome {
    match command {
        AuditCommand::List { person, limit, offset, json } => {
            let page = store.audit_log(&AuditFilter { beneficiary_id: person }, PageRequest { offset, limit })?;
            if json {
                return printer.json(&page);
            }
            printer.audit_lines(&page.events)?;
            if page.has_more {
                let more = printer.localizer.message("cli-audit-more", &[("offset", (offset + limit).into())]);
                printer.line(&more)?;
            }
            Ok(())
        }
    }
}

/// Human and JSON output. Only this boundary serializes the core's values.
pub(crate) struct Printer<'a> {
    pub(crate) localizer: &'a Localizer,
    out: &'a mut dyn Write,
}

impl Printer<'_> {
    pub(crate) fn line(&mut self, text: &str) -> Outcome {
        writeln!(self.out, "{text}").map_err(|_| Failure::Message("cli-output-failed", vec![]))
    }

    pub(crate) fn json<T: Serialize>(&mut self, value: &T) -> Outcome {
        let text = serde_json::to_string_pretty(value).expect("core values always serialize");
        self.line(&text)
    }

    fn name(&self, anonymous: bool, first: &str, last: &str) -> String {
        if anonymous {
            self.localizer.text("cli-anonymous-person")
        } else {
            format!("{} {}", last.to_uppercase(), first).trim().to_string()
        }
    }

    /// The name as written, followed by the name as on French documents when there is one:
    /// "ШЕВЧЕНКО Олена (SHEVCHENKO Olena)".
    fn name_with_latin(&self, anonymous: bool, [first, last, latin_first, latin_last]: [&str; 4]) -> String {
        let name = self.name(anonymous, first, last);
        if anonymous || (latin_first.is_empty() && latin_last.is_empty()) {
            return name;
        }
        format!("{name} ({})", self.name(false, latin_first, latin_last))
    }

    fn beneficiary_lines(&mut self, people: &[BeneficiarySummary]) -> Outcome {
        if people.is_empty() {
            let text = self.localizer.text("cli-nobody-found");
            return self.line(&text);
        }
        for person in people {
            let last_seen = person.last_activity_date.clone().unwrap_or_else(|| "—".into());
            let line = format!(
                "{}  {}  {}  {}  {}",
                person.id,
                self.name_with_latin(
                    person.anonymous,
                    [&person.first_name, &person.last_name, &person.latin_first_name, &person.latin_last_name]
                ),
                person.birth_year.map(|y| y.to_string()).unwrap_or_else(|| "—".into()),
                if person.commune_name.is_empty() { "—" } else { &person.commune_name },
                last_seen
            );
            self.line(&line)?;
        }
        Ok(())
    }

    fn beneficiary(&mut self, person: &Beneficiary) -> Outcome {
        let l = self.localizer;
        let name = self.name_with_latin(
            person.anonymous,
            [&person.first_name, &person.last_name, &person.latin_first_name, &person.latin_last_name],
        );
        let lines = [
            format!("{}  {}", person.id, name),
            l.message(
                "cli-beneficiary-details",
                &[
                    ("birthYear", person.birth_year.map(|y| y.to_string()).unwrap_or_else(|| "none".into()).into()),
                    ("ageBand", l.text(&person.age_band.fluent_id()).into()),
                    ("gender", l.text(&person.gender.fluent_id()).into()),
                    ("commune", if person.commune.name.is_empty() { "—".to_string() } else { person.commune.name.clone() }.into()),
                    ("documentLanguage", l.text(&format!("language-{}", person.document_language)).into()),
                ],
            ),
        ];
        for line in lines {
            self.line(&line)?;
        }
        Ok(())
    }

    fn activity_lines(&mut self, activities: &[Activity]) -> Outcome {
        let l = self.localizer;
        for activity in activities {
            let themes: Vec<String> = activity.themes.iter().map(|t| l.text(&t.fluent_id())).collect();
            let line = format!(
                "{}  {}  {}  {}  {}  {}",
                activity.id,
                activity.date,
                l.text(&activity.kind.fluent_id()),
                l.message("duration-minutes", &[("minutes", activity.duration_minutes.into())]),
                activity.place_name.clone().unwrap_or_else(|| l.text(&activity.place_type.fluent_id())),
                themes.join(", ")
            );
            self.line(&line)?;
        }
        Ok(())
    }

    /// What a new record offers first: the place of the day, the themes and durations by use.
    fn record_defaults(&mut self, defaults: &RecordDefaults, place_name: Option<String>) -> Outcome {
        let l = self.localizer;
        let place = match &defaults.place {
            None => "—".to_string(),
            Some(place) => {
                let name = match place_name {
                    Some(name) => name,
                    None if !place.commune.name.is_empty() => {
                        format!("{} ({})", l.text(&place.place_type.fluent_id()), place.commune.name)
                    }
                    None => l.text(&place.place_type.fluent_id()),
                };
                l.message("cli-defaults-place-of-day", &[("place", name.into()), ("date", l.date(place.date).into())])
            }
        };
        let themes: Vec<String> = defaults.themes.iter().map(|t| l.text(&t.fluent_id())).collect();
        let durations: Vec<String> = defaults
            .durations_minutes
            .iter()
            .map(|&minutes| l.message("duration-minutes", &[("minutes", minutes.into())]))
            .collect();
        self.line(&l.message("cli-defaults-place", &[("place", place.into())]))?;
        self.line(&l.message("cli-defaults-themes", &[("themes", themes.join(", ").into())]))?;
        self.line(&l.message("cli-defaults-durations", &[("durations", durations.join(", ").into())]))
    }

    fn timeline_lines(&mut self, timeline: &PersonTimeline) -> Outcome {
        let l = self.localizer;
        for entry in &timeline.entries {
            let line = match &entry.event {
                TimelineEvent::Activity(activity) => {
                    let themes: Vec<String> = activity.themes.iter().map(|t| l.text(&t.fluent_id())).collect();
                    format!(
                        "{}  {}  {}  {}  {}",
                        entry.on,
                        l.text(&activity.kind.fluent_id()),
                        l.message("duration-minutes", &[("minutes", activity.duration_minutes.into())]),
                        if activity.workshop_title.is_empty() { "—" } else { &activity.workshop_title },
                        themes.join(", ")
                    )
                }
                TimelineEvent::ProcedureStep(step) => format!(
                    "{}  {}  {}  {}",
                    entry.on,
                    step.custom_kind_label.clone().unwrap_or_else(|| l.text(&escale_core::procedure::catalogue::kind_fluent_id(&step.kind))),
                    l.text(&step.status.fluent_id()),
                    step.note
                ),
            };
            self.line(&line)?;
        }
        if timeline.entries.is_empty() {
            let text = l.text("cli-timeline-empty");
            self.line(&text)?;
        }
        Ok(())
    }

    fn procedure_lines(&mut self, procedures: &[Procedure]) -> Outcome {
        let l = self.localizer;
        for procedure in procedures {
            let line = format!(
                "{}  {}  {}  {}  {}",
                procedure.id,
                procedure.kind_label(l),
                l.text(&procedure.status.fluent_id()),
                if procedure.reference.is_empty() { "—" } else { &procedure.reference },
                procedure.deadline.map(|d| d.to_string()).unwrap_or_else(|| "—".into())
            );
            self.line(&line)?;
        }
        Ok(())
    }

    /// One procedure in full: what it is, where it stands, its dates, checklist and history.
    fn procedure_details(&mut self, procedure: &Procedure) -> Outcome {
        let l = self.localizer;
        // Dates inside a sentence are written as the language writes them; the columns of
        // listings keep ISO days, the form they are typed in and that sorts.
        let day = |day: Option<NaiveDate>| day.map(|d| l.date(d)).unwrap_or_else(|| "—".into());
        let mut lines = vec![
            format!("{}  {}  {}", procedure.id, procedure.kind_label(l), l.text(&procedure.status.fluent_id())),
            l.message(
                "cli-procedure-dates",
                &[
                    ("reference", if procedure.reference.is_empty() { "—".into() } else { procedure.reference.as_str().into() }),
                    ("deadline", day(procedure.deadline).into()),
                    ("renewal", day(procedure.renewal_on).into()),
                    ("callBack", day(procedure.call_back_on).into()),
                ],
            ),
        ];
        for document in &procedure.checklist {
            let state = match document.brought_on {
                Some(on) => format!("[x] {on}"),
                None => "[ ]".to_string(),
            };
            lines.push(format!("  {state}  {}  ({})", l.text(&document_fluent_id(&document.document)), document.document));
        }
        for step in &procedure.history {
            let mut line = format!("  {}  {}  {}", step.on, l.text(&step.event.fluent_id()), l.text(&step.status.fluent_id()));
            if !step.note.is_empty() {
                line.push_str("  — ");
                line.push_str(&step.note);
            }
            lines.push(line);
        }
        for activity in &procedure.activities {
            lines.push(l.message(
                "cli-procedure-linked-activity",
                &[("id", activity.activity_id.as_str().into()), ("date", l.date(activity.date).into())],
            ));
        }
        for line in lines {
            self.line(&line)?;
        }
        Ok(())
    }

    fn catalogue_lines(&mut self, entries: &[CatalogueEntry]) -> Outcome {
        let l = self.localizer;
        for entry in entries {
            let label = entry.custom_label.clone().unwrap_or_else(|| l.text(&entry.fluent_id()));
            let organisation = entry.organisation.as_deref().map(|id| l.text(&organisation_fluent_id(id)));
            let mut line = format!("{}  {}  {}", entry.id, label, l.text(&entry.theme.fluent_id()));
            if let Some(organisation) = organisation {
                line.push_str("  ");
                line.push_str(&organisation);
            }
            if entry.hidden {
                line.push_str("  ");
                line.push_str(&l.text("cli-catalogue-hidden"));
            }
            if entry.retired {
                line.push_str("  ");
                line.push_str(&l.text("cli-catalogue-retired"));
            }
            self.line(&line)?;
        }
        Ok(())
    }

    fn follow_up(&mut self, list: &FollowUp) -> Outcome {
        let l = self.localizer;
        let groups: [(&str, &[FollowUpItem]); 3] = [
            ("cli-follow-up-overdue", &list.overdue),
            ("cli-follow-up-today", &list.due_today),
            ("cli-follow-up-week", &list.this_week),
        ];
        if groups.iter().all(|(_, items)| items.is_empty()) {
            let text = l.text("cli-follow-up-nothing");
            return self.line(&text);
        }
        for (heading, items) in groups {
            if items.is_empty() {
                continue;
            }
            let heading = l.message(heading, &[("count", items.len().into())]);
            self.line(&heading)?;
            for item in items {
                let kind = item.custom_kind_label.clone().unwrap_or_else(|| {
                    l.text(&escale_core::procedure::catalogue::kind_fluent_id(&item.kind))
                });
                let line = format!(
                    "  {}  {}  {}  {}  {}",
                    item.due_on,
                    l.text(&item.reason.fluent_id()),
                    self.name(item.anonymous, &item.first_name, &item.last_name),
                    kind,
                    item.beneficiary_id
                );
                self.line(&line)?;
            }
        }
        Ok(())
    }

    fn consent_lines(&mut self, consents: &[Consent]) -> Outcome {
        let l = self.localizer;
        for consent in consents {
            let purposes: Vec<String> = consent.purposes.iter().map(|p| l.text(&p.fluent_id())).collect();
            let mut line = format!(
                "{}  {}  {}  {}",
                consent.id,
                consent.given_on,
                l.text(&consent.method.fluent_id()),
                purposes.join(", ")
            );
            if let Some(withdrawn_on) = consent.withdrawn_on {
                line.push_str("  ");
                line.push_str(&l.message("cli-consent-withdrawn-on", &[("date", l.date(withdrawn_on).into())]));
            }
            self.line(&line)?;
        }
        Ok(())
    }

    /// What an erasure will empty and keep, for the mediator to read before confirming.
    fn erasure_scope(&mut self, store: &Store, scope: &ErasureScope) -> Outcome {
        let l = self.localizer;
        let person = store.beneficiary(&scope.beneficiary_id)?;
        let name = self.name(person.anonymous, &person.first_name, &person.last_name);
        let fields: Vec<String> = scope.personal_fields.iter().map(|f| l.text(&f.fluent_id())).collect();
        let lines = [
            l.message("cli-erase-preview-title", &[("name", name.into()), ("id", scope.beneficiary_id.as_str().into())]),
            if fields.is_empty() {
                l.text("cli-erase-preview-no-fields")
            } else {
                l.message("cli-erase-preview-fields", &[("fields", fields.join(", ").into())])
            },
            l.message(
                "cli-erase-preview-texts",
                &[
                    ("accompaniments", scope.accompaniment_notes.into()),
                    ("procedures", scope.procedure_texts.into()),
                    ("statusNotes", scope.status_change_notes.into()),
                ],
            ),
            l.message(
                "cli-erase-preview-kept",
                &[
                    ("accompaniments", scope.accompaniments_kept.into()),
                    ("procedures", scope.procedures_kept.into()),
                    ("consents", scope.consents_kept.into()),
                ],
            ),
        ];
        for line in lines {
            self.line(&line)?;
        }
        Ok(())
    }

    /// Asks the person at the terminal to type the confirmation word. The French word is
    /// accepted in every language: a mediator working in Arabic or Tigrinya may have only a
    /// Latin keyboard at hand, and the French reference is the word the guides print.
    fn confirmed(&mut self) -> Result<bool, Failure> {
        let word = self.localizer.text("cli-erase-confirm-word");
        let reference_word = Localizer::new("fr").text("cli-erase-confirm-word");
        let prompt = self.localizer.message("cli-erase-confirm", &[("word", word.as_str().into())]);
        write!(self.out, "{prompt} ").map_err(|_| Failure::Message("cli-output-failed", vec![]))?;
        self.out.flush().map_err(|_| Failure::Message("cli-output-failed", vec![]))?;
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer).map_err(|_| Failure::Message("cli-erase-cancelled", vec![]))?;
        let answer = answer.trim().to_lowercase();
        Ok(answer == word.to_lowercase() || answer == reference_word.to_lowercase())
    }

    fn retention_months(&mut self, months: u32) -> Outcome {
        let line = self.localizer.message("cli-retention-months", &[("months", months.into())]);
        self.line(&line)
    }

    fn retention_lines(&mut self, due: &[RetentionCandidate]) -> Outcome {
        if due.is_empty() {
            let text = self.localizer.text("cli-retention-nobody-due");
            return self.line(&text);
        }
        for candidate in due {
            let line = format!(
                "{}  {}  {}  {}",
                candidate.beneficiary_id,
                self.name(candidate.anonymous, &candidate.first_name, &candidate.last_name),
                candidate.last_activity_on,
                candidate.anonymise_on
            );
            self.line(&line)?;
        }
        Ok(())
    }

    fn audit_lines(&mut self, events: &[AuditEvent]) -> Outcome {
        let l = self.localizer;
        if events.is_empty() {
            let text = l.text("cli-audit-empty");
            return self.line(&text);
        }
        for event in events {
            let line = format!(
                "{}  {}  {}  {}  {}",
                event.at,
                l.text(&format!("audit-action-{}", event.action)),
                l.text(&format!("audit-entity-{}", event.entity)),
                event.entity_id,
                event.beneficiary_id.as_deref().unwrap_or("—")
            );
            self.line(&line)?;
        }
        Ok(())
    }

    fn place_lines(&mut self, places: &[Place]) -> Outcome {
        if places.is_empty() {
            let text = self.localizer.text("cli-place-none");
            return self.line(&text);
        }
        for place in places {
            let line = format!("{}  {}  {}", place.id, place.name, place.commune.name);
            self.line(&line)?;
        }
        Ok(())
    }

    fn structure(&mut self, structure: &Structure) -> Outcome {
        let l = self.localizer;
        let or_dash = |text: &str| if text.is_empty() { "—".to_string() } else { text.to_string() };
        let lines = [
            format!("{}  {}", structure.id, structure.name),
            l.message(
                "cli-structure-details",
                &[
                    ("siret", or_dash(&structure.siret).into()),
                    ("address", or_dash(&structure.address.replace('\n', ", ")).into()),
                    ("commune", or_dash(&commune_text(&structure.commune)).into()),
                    ("phone", or_dash(&structure.phone).into()),
                    ("email", or_dash(&structure.email).into()),
                ],
            ),
        ];
        for line in lines {
            self.line(&line)?;
        }
        Ok(())
    }

    fn partner_lines(&mut self, partners: &[Partner]) -> Outcome {
        let l = self.localizer;
        if partners.is_empty() {
            let text = l.text("cli-partner-none");
            return self.line(&text);
        }
        for partner in partners {
            let or_dash = |text: &str| if text.is_empty() { "—".to_string() } else { text.to_string() };
            let line = format!(
                "{}  {}  {}  {}  {}",
                partner.id,
                partner.name,
                l.text(&partner.kind.fluent_id()),
                or_dash(&partner.commune.name),
                or_dash(&partner.phone)
            );
            self.line(&line)?;
            // Opening hours follow, indented, one line each: they are what a person asks for.
            for hours in partner.opening_hours.lines() {
                self.line(&format!("    {hours}"))?;
            }
        }
        Ok(())
    }
}
