# Desktop app interface (ui/). Tigrinya draft: simple and direct, polite plural address (ንስኹም),
# for mediators who record quickly, often in front of the person.

app-name = Escale
loading = ይጽዓን ኣሎ…
saving = ይዕቀብ ኣሎ…
retry = እንደገና ፈትኑ
cancel = ሰርዙ
yes = እወ
no = ኣይፋል
skip-to-content = ናብ ትሕዝቶ ኪዱ

## Header and navigation

nav-label = ቀንዲ ሜኑ
nav-home-title = ናብ ዝርዝር ሰባት ተመለሱ (Ctrl+K)
nav-back = ተመለሱ
language-select-label = ቋንቋ
# A language in a selector: its name in that language, then in Tigrinya.
language-choice = { $native } ({ $name })

shortcut-back = Esc
shortcut-new = Ctrl+N
shortcut-save = Ctrl+Enter

## First start

setup-title = እንቋዕ ናብ Escale ብደሓን መጻእኩም
setup-intro = Escale ነቲ እትህብዎ ሓገዝ ይመዝግበልኩም፣ ኢንተርነት እንተዘየለ እውን።
setup-point-encrypted = ሓበሬታ ተመስጢሩ ኣብዚ ኮምፒዩተር ይጸንሕ፦ ብዘይ መፍትሕ ዝኾነ ሰብ ከንብቦ ኣይክእልን፣ ኮምፒዩተር እንተጠፍአ ወይ እንተተሰርቀ እውን።
setup-point-offline = ኩሉ ብዘይ ኢንተርነት ይሰርሕ፣ ኣብ ኣውቶቡስ ከምቲ ኣብ ቤት ጽሕፈት።
setup-point-nothing-sent = ዋላ ሓንቲ ናብ ኢንተርነት ኣይለኣኽን።
setup-keyring-explanation = መፍትሕ ምስጠራ ኣብ ውሑስ ቀለበት መፍትሕ ናይ ኣካውንትኩም ክቕመጥ እዩ፦ ክትዝክርዎ ዘለኩም ነገር የለን።
setup-passphrase-legend = ምስጢራዊ ሓረግ ምረጹ
setup-passphrase-explanation = እዚ ኮምፒዩተር ውሑስ ቀለበት መፍትሕ የብሉን፦ ሓበሬታኹም ብምስጢራዊ ሓረግ ክሕሎ እዩ። Escale ኣብ ዝኸፈትኩምሉ ግዜ ኩሉ ክሕተተኩም እዩ። እንተወሓደ { $min } ምልክታት፤ ንምዝካር ቀሊል ዝኾነ ንእሽቶ ሓረግ ጽቡቕ እዩ።
setup-passphrase-warning = እዚ ምስጢራዊ ሓረግ እንተረሲዕኩምዎ፣ ነቲ ሓበሬታ እንደገና ክኸፍቶ ዝኽእል መፍትሕ ምድሓን ጥራይ እዩ (ቀጺልኩም ክትሕትምዎ ኢኹም)።
setup-passphrase = ምስጢራዊ ሓረግ
setup-passphrase-repeat = ምስጢራዊ ሓረግ፣ ካልኣይ ግዜ
setup-shared-laptop = ካልኦት ሰባት እውን ነዚ ኮምፒዩተር ይጥቀምሉ እዮም
setup-shared-laptop-help = ሽዑ ሓበሬታ ብቀለበት መፍትሕ ናይ ኣካውንት ዘይኮነስ፣ ኣብ ዝኽፈተሉ ግዜ ኩሉ ብዝሕተት ምስጢራዊ ሓረግ ክሕሎ እዩ።
setup-passphrase-shared-explanation = ሓበሬታኹም ብምስጢራዊ ሓረግ ክሕሎ እዩ። Escale ኣብ ዝኸፈትኩምሉ ግዜ ኩሉ ክሕተተኩም እዩ። እንተወሓደ { $min } ምልክታት፤ ንምዝካር ቀሊል ዝኾነ ንእሽቶ ሓረግ ጽቡቕ እዩ።
setup-demo = ናይ ኣብነት ሓበሬታ ኣእትዉ
setup-demo-help = ናይ ምናብ ሰባትን ሓገዛትን፣ Escale ንምፍላጥ ወይ ብጻይ ስራሕ ንምምሃር። ንሓቀኛ ስራሕ ምልክት ኣይትግበሩሉ።
setup-create = ዝተመስጠረ መኽዘን ሓበሬታይ ይፈጠር
setup-working = ዝተመስጠረ መኽዘን ሓበሬታ ይፍጠር ኣሎ…
setup-working-demo = ዝተመስጠረ መኽዘን ሓበሬታን ናይ ኣብነት ሓበሬታን ይፍጠር ኣሎ… ቁሩብ ካልኢታት ይወስድ።
setup-demo-skip = ብዘይ ናይ ኣብነት ሓበሬታ ጀምሩ
setup-data-dir = ፎልደር ሓበሬታ፦

## Unlocking

unlock-title = Escale ተቖሊፉ ኣሎ
unlock-intro = ሓበሬታ ናይዚ ኮምፒዩተር ንምኽፋት ምስጢራዊ ሓረግ ኣእትዉ።
unlock-keyring-intro = Escale ነቲ ሓበሬታ ብቀለበት መፍትሕ ናይ ኣካውንት ክኸፍቶ ኣይከኣለን።
unlock-retry = እንደገና ፈትኑ
unlock-use-recovery = ወረቐት ምድሓን ኣለኒ
unlock-passphrase = ምስጢራዊ ሓረግ
unlock-submit = ክፈቱ
unlock-working = ይኽፈት ኣሎ…
passphrase-deriving-key = ካብቲ ምስጢራዊ ሓረግ መፍትሕ ይሰላሰል ኣሎ… ቁሩብ ካልኢታት ይወስድ።

## List of people

list-title = ዝተሓገዙ ሰባት
list-new-beneficiary = ሓድሽ ሰብ
list-search-label = ሰብ ድለዩ
list-search-placeholder = ቀዳማይ ስም ወይ ስም ስድራ…
list-search-help = መጀመርታ ናይ ቀዳማይ ስም ወይ ስም ስድራ ጽሓፉ። ንምምራጽ ቀስትታት ↑ ↓፣ ፋይል ንምኽፋት Enter።
list-results-label = { $count ->
    [0] ውጽኢት የለን
    [one] { $count } ውጽኢት
   *[other] { $count } ውጽኢታት
}
list-empty = ክሳብ ሕጂ ዝተመዝገበ ሰብ የለን። ብ«ሓድሽ ሰብ» ጀምሩ።
list-no-match = ምስ «{ $query }» ዝሰማማዕ ሰብ የለን። ኣጻሕሕፋ ኣረጋግጹ ወይ ሓድሽ ፋይል ፍጠሩ።
list-last-activity = ናይ መወዳእታ ምብጻሕ፦ { $date }
list-never-accompanied = ገና ሓገዝ ኣይረኸበን
list-activity-count = { $count ->
    [one] { $count } ግዜ ሓገዝ
   *[other] { $count } ግዜ ሓገዝ
}
list-limit = ቀዳሞት { $limit } ሰባት ጥራይ እዮም ዝርኣዩ ዘለዉ፦ ምድላይኩም ብዝያዳ ኣንጽሩ።
person-anonymous = ስም ዘይብሉ ሰብ

## A person's file: form

beneficiary-form-new-title = ሓድሽ ሰብ
beneficiary-form-edit-title = ፋይል ኣስተኻኽሉ
beneficiary-anonymous = ብዘይ ስም መዝግቡ (ስም ዘይብሉ ሰብ)
beneficiary-anonymous-help = ንስታቲስቲክስ ጥራይ፦ ስም፣ ተሌፎንን ኢመይልን ኣይዕቀቡን።
beneficiary-first-name = ቀዳማይ ስም
beneficiary-last-name = ስም ስድራ
beneficiary-latin-first-name = ቀዳማይ ስም ብላቲን ፊደላት
beneficiary-latin-last-name = ስም ስድራ ብላቲን ፊደላት
beneficiary-latin-name-help = ከምቲ ኣብ ፈረንሳዊ ወረቐታት ዘሎ፣ እቲ ስም ብካልእ ፊደል (ዓረብኛ፣ ሲሪሊክ…) እንተተጻሒፉ። ነቲ ሰብ ብሓደ ካብ ክልቲኦም ክትረኽብዎ ትኽእሉ።
beneficiary-birth-year = ዓመተ ልደት
beneficiary-birth-year-help = ደረጃ ዕድመ ካብኡ ይፍለጥ።
beneficiary-gender = ጾታ
beneficiary-social-status = ማሕበራዊ ኩነታት
beneficiary-commune = ዝነብረሉ ከተማ
beneficiary-phone = ተሌፎን
beneficiary-email = ኢመይል
beneficiary-languages = ዝዛረቦም ቋንቋታት
beneficiary-languages-help = ቅድም ነቲ ብዝያዳ ዝጥቀመሉ ቋንቋ ምልክት ግበሩሉ።
beneficiary-document-language = ቋንቋ ናይቶም ዝወሃቡ ሰነዳት
beneficiary-document-language-help = ቋንቋ ናይቶም ዝሕተሙ ሓጺር መግለጺታት፣ ምስ ፈረንሳይኛ ብጎኑ።
beneficiary-notes = መዘኻኸሪ
beneficiary-notes-help = ንሓገዙ ዝጠቅም ጥራይ። ዘየድሊ ሓበሬታ ጥዕና ኣይትጽሓፉ።
beneficiary-save = ፋይል ዓቅቡ

commune-placeholder = ስም ከተማ ወይ ኮድ ፖስታ…
commune-help = እንተወሓደ 2 ፊደላት ወይ ኣሃዛት ጽሓፉ፣ ድሕሪኡ ካብ ዝርዝር ምረጹ።
commune-clear = ከተማ ኣልግሱ
commune-postal-codes = { $codes }
commune-with-postal-code = { $name } ({ $postalCode })

## A person's file: viewing

file-record-activity = ሓገዝ መዝግቡ
file-edit = ፋይል ኣስተኻኽሉ
file-born = { $gender ->
    [feminin] ብ{ $year } ዝተወልደት
    [masculin] ብ{ $year } ዝተወልደ
   *[other] ብ{ $year } ዝተወልደ/ት
}
file-identity = መንነት
file-latin-name = ብላቲን ፊደላት፦
file-not-given = ኣይተሓበረን
file-activities = ሓገዛት ({ $count })
file-no-activity = ነዚ ሰብ ዝተመዝገበ ሓገዝ የለን።
procedure-reference = መወከሲ ቁጽሪ፦
procedure-deadline = ናይ መወዳእታ ዕለት፦ { $date }

## Recording an accompaniment

activity-form-title = ሓድሽ ውልቃዊ ሓገዝ
activity-form-for = ንመን፦
activity-section-when = መዓስን ክንደይ ግዜን
activity-section-where = ኣበይ
activity-section-what = እንታይ ተገይሩ
activity-section-how = ከመይ ከይዱ
activity-section-notes = መዘኻኸሪን ዝቕጽል ስጉምትን
activity-date = ዕለት
activity-duration = ዝወሰዶ ግዜ
activity-duration-custom = ካልእ ግዜ
activity-minutes-unit = ደቓይቕ
activity-place-type = ቦታ ሓገዝ
activity-place = ቦታ ንጥፈት
activity-place-choose = ቦታ ምረጹ…
activity-place-option = { $name } ({ $commune })
activity-no-place = ገና ዝተመዝገበ ቦታ ንጥፈት የለን።
activity-place-add = + ቦታ ንጥፈት ወስኹ
activity-place-new-name = ስም ቦታ (ንኣብነት «መዕረፊ ኣውቶቡስ Felletin» ወይ «ቤት ጽሕፈት ፖስታ»)
activity-place-new-commune = ከተማ ናይቲ ቦታ
activity-place-create = እዚ ቦታ ወስኹ
activity-place-cancel = ሰርዙ
activity-place-in-commune = { $place } ({ $commune })
activity-commune = ከተማ
activity-themes = ዛዕባታት
activity-administrative-themes = ምምሕዳራዊ ጉዳያት፦ ዓውድታት
activity-procedure-name = ስም ጉዳይ
activity-procedure-name-placeholder = ንኣብነት፦ ምሕዳስ titre de séjour
activity-equipment = ዝተጠቐምሉ መሳርሒ
activity-autonomy = ናይቲ ሰብ ባዕሉ ናይ ምኽኣል ደረጃ
activity-oriented = ናብ ካልእ ትካል ተላኢኹ ድዩ፧
activity-orientation = ናብ ካልእ ትካል ምልኣኽ
activity-orientation-choose = ትካል ምረጹ…
activity-notes = መዘኻኸሪ
activity-next-steps = ዝቕጽሉ ስጉምትታት
activity-next-steps-help = እቲ ሰብ ኣብ ዝመጽእ ግዜ ክገብሮ ወይ ከምጽኦ ዘለዎ።
activity-save = ሓገዝ ዓቅቡ

## Leaving without saving

leave-title = ከይዓቀብኩም ክትወጹ ዲኹም፧
leave-text = ነዚ ቅጥዒ ክትመልእዎ ጀሚርኩም ኔርኩም። ሕጂ እንተወጺኹም፣ ዝጸሓፍኩምዎ ክጠፍእ እዩ።
leave-stay = ኣብ ቅጥዒ ጽንሑ
leave-discard = ከይዓቀብኩም ውጹ

## Confirmations

toast-activity-saved = ሓገዝ ተዓቂቡ።
toast-beneficiary-created = ፋይል ተፈጢሩ።
toast-beneficiary-saved = ፋይል ተዓቂቡ።

## Errors checked by the interface before calling the core

error-ui-passphrases-differ = እቶም ክልተ ምስጢራዊ ሓረጋት ሓደ ዓይነት ኣይኮኑን።
error-ui-commune-not-chosen = ከተማ ካብቲ ዝቐረበ ዝርዝር ምረጹ፣ እንተዘይኮይኑ ኣይክዕቀብን እዩ።
error-ui-duration-required = ዝወሰዶ ግዜ ምረጹ።
error-ui-orientation-required = እቲ ሰብ ዝተላእከሉ ትካል ምረጹ።
