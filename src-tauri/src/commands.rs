//! Every command the window can call, declared once.
//!
//! The `commands!` list below is the single source of truth: it produces the Tauri handlers,
//! the invoke handler that registers all of them, and the typed TypeScript client
//! (`ui/src/generated/commands.ts`), so a command cannot exist on one side only. Each command
//! converts its arguments and calls one core function.

use escale_core::activity::{Activity, ActivityInput};
use escale_core::beneficiary::{Beneficiary, BeneficiaryInput, BeneficiarySummary};
use escale_core::commune::{OfficialCommune, search_official_communes};
use escale_core::organisation::{Place, PlaceInput};
use escale_core::procedure::Procedure;

use crate::error::ErrorDto;
use crate::state::{AppState, AppStatus, SetupRequest};

macro_rules! commands {
    ($(
        $(#[doc = $doc:literal])*
        fn $name:ident($state:ident $(, $argument:ident: $type:ty)*) -> $output:ty $body:block
    )*) => {
        $(
            $(#[doc = $doc])*
            #[tauri::command]
            pub async fn $name(
                $state: tauri::State<'_, AppState>,
                $($argument: $type),*
            ) -> Result<$output, ErrorDto> {
                let $state: &AppState = &$state;
                $body
            }
        )*

        /// Registers every command of the list.
        pub fn invoke_handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),*]
        }

        /// The TypeScript client of every command of the list.
        pub fn typescript_client() -> String {
            use ts_rs::TS;
            let config = ts_rs::Config::new();
            let mut client = String::new();
            $(
                #[allow(unused_mut)]
                let mut parameters: Vec<String> = Vec::new();
                #[allow(unused_mut)]
                let mut names: Vec<String> = Vec::new();
                $(
                    let camel = crate::bindings::camel_case(stringify!($argument));
                    parameters.push(format!("{}: {}", camel, <$type as TS>::name(&config)));
                    names.push(camel);
                )*
                let docs: Vec<&str> = vec![$($doc.trim()),*];
                if !docs.is_empty() {
                    client.push_str(&format!("/** {} */\n", docs.join(" ")));
                }
                let arguments = if names.is_empty() { String::new() } else { format!(", {{ {} }}", names.join(", ")) };
                client.push_str(&format!(
                    "export function {}({}): Promise<{}> {{\n  return invoke(\"{}\"{});\n}}\n\n",
                    crate::bindings::camel_case(stringify!($name)),
                    parameters.join(", "),
                    <$output as TS>::name(&config),
                    stringify!($name),
                    arguments,
                ));
            )*
            client
        }
    };
}

commands! {
    /// Where the app stands: setup needed, locked, or ready.
    fn app_status(state) -> AppStatus {
        Ok(state.status())
    }

    /// Creates the encrypted store at first start, optionally with demo data.
    fn set_up_store(state, request: SetupRequest) -> AppStatus {
        state.set_up(&request)
    }

    /// Opens a passphrase-protected store.
    fn unlock_store(state, passphrase: String) -> AppStatus {
        let passphrase = zeroize::Zeroizing::new(passphrase);
        state.unlock(&passphrase)
    }

    /// People whose name starts with the typed words; everyone when the query is empty.
    fn search_beneficiaries(state, query: String, limit: u32) -> Vec<BeneficiarySummary> {
        state.with_store(|store| store.search_beneficiaries(&query, limit))
    }

    /// One beneficiary's file.
    fn get_beneficiary(state, id: String) -> Beneficiary {
        state.with_store(|store| store.beneficiary(&id))
    }

    fn create_beneficiary(state, input: BeneficiaryInput) -> Beneficiary {
        state.with_store(|store| store.create_beneficiary(&input))
    }

    fn update_beneficiary(state, id: String, input: BeneficiaryInput) -> Beneficiary {
        state.with_store(|store| store.update_beneficiary(&id, &input))
    }

    /// A beneficiary's activities, newest first.
    fn activities_of_beneficiary(state, id: String) -> Vec<Activity> {
        state.with_store(|store| store.activities_of_beneficiary(&id))
    }

    /// A beneficiary's administrative procedures, soonest deadline first.
    fn procedures_of_beneficiary(state, id: String) -> Vec<Procedure> {
        state.with_store(|store| store.procedures(Some(&id)))
    }

    /// Records an accompaniment or a workshop.
    fn record_activity(state, input: ActivityInput) -> Activity {
        state.with_store(|store| store.record_activity(&input))
    }

    /// The named places of activity.
    fn list_places(state) -> Vec<Place> {
        state.with_store(|store| store.places())
    }

    /// Adds a named place of activity (a post office, a stop of the bus).
    fn create_place(state, input: PlaceInput) -> Place {
        state.with_store(|store| store.create_place(&input))
    }

    /// Communes of the official list matching a typed name or postal code.
    fn search_communes(state, typed: String) -> Vec<OfficialCommune> {
        let _ = state;
        Ok(search_official_communes(&typed, 12).into_iter().cloned().collect())
    }
}
