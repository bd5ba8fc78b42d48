# The person's rights: the readable copy of their data (right of access) and the access log.

access-document-title = ኣብ Escale ዘሎ ውልቃዊ ሓበሬታኹም
access-document-intro = እዚ ሰነድ፣ እቲ ዝሕግዘኩም ትካል ብዛዕባኹም ኣብ Escale ዝመዝገቦ ኩሉ ሓበሬታ ይሓዝ፣ ክሳብ ዕለት { $date }።
# One line "label: value".
access-line = { $label }፦ { $value }
access-list-separator = {"፣ "}
access-value-missing = ኣይተሓበረን
access-none = የለን።
access-erased = መንነትኩም፣ ሓበሬታ ርክብኩምን ብዛዕባኹም ዝተጻሕፉ መዘኻኸርን ብ{ $date } ተደምሲሶም።

access-section-identity = መንነትን ሓበሬታ ርክብን
access-section-consents = ፍቓዳት
access-section-accompaniments = ሓገዛት
access-section-procedures = ምምሕዳራዊ ጉዳያት
access-section-audit = ፋይልኩም መን ረኣዮ ወይ ቀየሮ፣ መዓስ

access-label-id = መለለዪ ፋይል
access-label-birth-year = ዓመተ ልደት
access-label-gender = ጾታ
access-label-social-status = ማሕበራዊ ኩነታት
access-label-commune = ከተማ
access-commune = { $name } ({ $postalCode }፣ INSEE ኮድ { $inseeCode })
access-consent = ብ{ $date } ({ $method }) ዝተዋህበ ፍቓድ። ዕላማ፦ { $purposes }።
access-consent-withdrawn = ብ{ $date } ተሰሒቡ።
access-accompaniment = { $date } — { $kind }፣ { $duration }፣ { $place }
access-label-themes = ዛዕባታት
access-label-workshop = ኣውደ ስራሕ
access-label-autonomy = ባዕሉ ናይ ምኽኣል ደረጃ
access-label-orientation = ናብ ካልእ ትካል ምልኣኽ
access-label-procedure-name = ጉዳይ
access-label-next-steps = ዝቕጽሉ ስጉምትታት
access-procedure = { $kind } — { $status }
access-label-reference = ቁጽሪ ፋይል
access-label-deadline = ናይ መወዳእታ ዕለት
access-status-change = { $date }፦ { $status }
access-audit-event = { $date } — { $action } ({ $entity })

# Actions of the access log (codes from crates/escale-core/src/privacy/audit.rs).
audit-action-create = ምፍጣር
audit-action-update = ምቕያር
audit-action-status-change = ምቕያር ኩነታት
audit-action-delete = ምጥፋእ
audit-action-view = ምርኣይ
audit-action-export = ሓበሬታ ምውጻእ
audit-action-erase = ምድምሳስ
audit-action-anonymise = ብዘይ ስም ምግባር (ግዜ ምዕቃብ ሓሊፉ)
audit-action-withdraw = ፍቓድ ምስሓብ
audit-action-restore = ምምላስ (ምጥፋእ ወይ ምጽንባር ተሰሪዙ)
audit-action-merge = ክልተ ፋይላት ምጽንባር

# What a log line is about.
audit-entity-beneficiary = ፋይል ናይቲ ሰብ
audit-entity-activity = ሓገዝ
audit-entity-procedure = ጉዳይ
audit-entity-consent = ፍቓድ
audit-entity-place = ቦታ ንጥፈት
audit-entity-structure = ትካል
audit-entity-setting = ኣቀማምጣ
audit-entity-catalogue-entry = ጉዳይ ካብ ዝርዝር ጉዳያት

privacy-title = ውልቃዊ ሓበሬታን መሰላት ናይቲ ሰብን
privacy-consents = ፍቓድ
privacy-no-consent = ዝተመዝገበ ፍቓድ የለን።
privacy-consent-line = ብ{ $date } ተዋሂቡ ({ $method })
privacy-consent-withdrawn-on = ብ{ $date } ተሰሒቡ
privacy-withdraw = ነዚ ፍቓድ ሎሚ ስሓቡ
privacy-consent-date = ፍቓድ ዝተዋህበሉ ዕለት
privacy-consent-method = ብኸመይ
privacy-consent-purposes = ንምንታይ
privacy-record-consent = ፍቓድ መዝግቡ
privacy-consent-recorded = ፍቓድ ተመዝጊቡ።
privacy-consent-withdrawn = ምስሓብ ፍቓድ ተመዝጊቡ።
privacy-access = ቅዳሕ ሓበሬታ (መሰል ምርኣይ)
privacy-access-explanation = ክልተ ፋይላት፦ ብቋንቋ ናይቲ ሰብ ዝንበብ ጽሑፍ፣ ከምኡ እውን ኩሉ ሓበሬታ ብJSON። ኣብ ስም ፋይላት ስም ሰብ የለን።
privacy-export-folder = ዝዕቀበሉ ፎልደር
privacy-usb-key = USB ፍላሽ
privacy-documents = ሰነዳት
privacy-export = ቅዳሕ ሓበሬታ ዓቅቡ
privacy-exported = ቅዳሕ ተዓቂቡ፦
privacy-erasure = ምድምሳስ
privacy-erasure-explanation = መንነት፣ ሓበሬታ ርክብን መዘኻኸርን ናይዚ ሰብ ንሓዋሩ ይድምስስ። ሓገዛት ግን ብዘይ ስም ንስታቲስቲክስ ይቑጸሩ።
privacy-erase = ሓበሬታ ናይዚ ሰብ ደምስሱ…
privacy-erasure-question = ሓበሬታ ናይዚ ሰብ ንሓዋሩ ክትድምስሱ ዲኹም፧
privacy-erasure-goes = ዝድምሰስ፦
privacy-erasure-accompaniment-notes = { $count ->
    [one] መዘኻኸርን ዝቕጽሉ ስጉምትታትን ናይ { $count } ሓገዝ
   *[other] መዘኻኸርን ዝቕጽሉ ስጉምትታትን ናይ { $count } ሓገዛት
}
privacy-erasure-procedure-texts = { $count ->
    [one] ቁጽሪ ፋይልን መዘኻኸርን ናይ { $count } ጉዳይ
   *[other] ቁጽርታት ፋይልን መዘኻኸርን ናይ { $count } ጉዳያት
}
privacy-erasure-status-notes = { $count ->
    [one] { $count } መዘኻኸሪ ክትትል ጉዳይ
   *[other] { $count } መዘኻኸሪታት ክትትል ጉዳያት
}
privacy-erasure-keeps = ብዘይ ስም ንስታቲስቲክስ ዝተርፉ፦ { $accompaniments } ሓገዛትን { $procedures } ጉዳያትን። እዚ ምድምሳስ ክስረዝ ኣይክእልን።
privacy-erasure-cancel = ኣይትደምስሱ
privacy-erasure-confirm = ንሓዋሩ ደምስሱ
privacy-erased = ሓበሬታ ናይቲ ሰብ ተደምሲሱ።
audit-title = መዝገብ ምርኣይን ምቕያርን
audit-when = መዓስ
audit-what = ተግባር
audit-which = እንታይ
audit-open-file = ፋይል ክፈቱ
audit-more = ተወሳኺ ኣርእዩ
audit-empty = ኣብ መዝገብ ዋላ ሓንቲ የለን።
retention-title = ግዜ ምዕቃብ
retention-explanation = ነዚ ግዜ እዚ ዝኣክል ሓገዝ ዘይተገብረሎም ፋይላት፣ Escale ኣብ ዝኽፈተሉ ግዜ ብዘይ ስም ይግበሩ። ስታቲስቲክስ ኣይቕየርን።
retention-months = ዘይንጡፋት ፋይላት ክንደይ ግዜ ይዕቀቡ (ኣዋርሕ)
retention-save = ግዜ ዓቅቡ
retention-saved = ግዜ ምዕቃብ ተዓቂቡ።
retention-preview-title = ኣብ 30 መዓልታት ውሽጢ ብዘይ ስም ዝግበሩ ፋይላት
retention-preview-none = ኣብ 30 መዓልታት ውሽጢ ብዘይ ስም ዝግበር ፋይል የለን።
retention-preview-line = { $name } — ናይ መወዳእታ ሓገዝ ብ{ $last }፣ ብዘይ ስም ዝግበረሉ ዕለት { $on }
retention-preview-more = ከምኡውን { $count } ተወሳኺ።
