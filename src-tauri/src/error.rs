//! Errors as the UI receives them: a stable code to translate, never a sentence to parse.

use std::collections::BTreeMap;

use escale_core::CoreError;
use serde::Serialize;

/// A failed command. The UI shows the Fluent message `error-<code>` with `arguments`, next to
/// the form field `field` when there is one. Refused input carries every broken rule: the first
/// here, the others in `alsoInvalid`, so that a form shows them all at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ErrorDto {
    pub code: String,
    pub arguments: BTreeMap<String, String>,
    pub field: Option<String>,
    pub also_invalid: Vec<ErrorDto>,
}

impl ErrorDto {
    /// A command that stopped unexpectedly (a panic): nothing it was doing was saved, since
    /// every core write is one transaction, and the next command works normally.
    pub fn command_failed() -> Self {
        ErrorDto::with_code("command-failed")
    }

    /// An error of the shell's own (not the core's), by its code alone.
    pub fn with_code(code: &str) -> Self {
        ErrorDto { code: code.into(), arguments: BTreeMap::new(), field: None, also_invalid: Vec::new() }
    }
}

impl From<CoreError> for ErrorDto {
    fn from(error: CoreError) -> Self {
        let mut broken = error.validation_errors().iter().map(|rule| ErrorDto {
            code: rule.code().to_string(),
            arguments: rule.arguments().into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
            field: rule.field().map(str::to_string),
            also_invalid: Vec::new(),
        });
        match broken.next() {
            Some(first) => ErrorDto { also_invalid: broken.collect(), ..first },
            None => ErrorDto {
                code: error.code().to_string(),
                arguments: error.arguments().into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
                field: None,
                also_invalid: Vec::new(),
            },
        }
    }
}
