# ካብ ፋይል ሰባት ምእታው (ናይ La Coop de la médiation numérique ናይ ምእታው ቅጥዒ፣ ሰንጠረዥ፣ CSV)።

## ዘይንበቡ ፋይላት

error-import-file-empty = እቲ ፋይል ባዶ እዩ፦ ዝተመልአ ክፍሊ የለን።
error-import-file-too-large = እቲ ፋይል ኣዝዩ ዓቢ እዩ (ካብ { $max } MB ንላዕሊ)። ናብ ብዙሓት ፋይላት ምቕሉ።
error-import-not-a-spreadsheet = እዚ ፋይል ዝንበብ ሰንጠረዥ (XLSX ወይ CSV) ኣይኮነን። ተበላሽዩ ወይ ጎዲሉ ክኸውን ይኽእል፦ ካብ ናይ ሰንጠረዥ ፕሮግራምኩም ብXLSX ወይ CSV ደጊምኩም ዓቅብዎ።
error-import-sheet-missing = እቲ መጽሓፍ «{ $sheet }» ዝብል ገጽ የብሉን። ገጻቱ፦ { $sheets }።
error-import-too-many-rows = እቲ ፋይል ኣዝዮም ብዙሓት መስመራት ኣለዉዎ (ደረቱ { $max } እዩ)። ናብ ብዙሓት ፋይላት ምቕሉ።
error-import-too-many-columns = እቲ ፋይል ኣዝዮም ብዙሓት ዓምድታት ኣለዉዎ (ደረቱ { $max } እዩ)።
error-import-cell-too-long = ክፍሊ { $column }{ $line } ኣዝዩ ነዊሕ እዩ (ደረት ናይ ሓደ ክፍሊ { $max } ፊደላት እዩ)።
error-import-header-row-missing = መስመር { $line } ናይቲ ፋይል ባዶ እዩ ወይ የለን፦ ኣርእስትታት ዓምድታት ክሕዝ ኣይክእልን።
error-import-column-unknown = ኣብቲ ፋይል «{ $column }» ዝብል ዓምዲ የለን፦ ፊደሉ (A፣ B፣ C…) ወይ ኣርእስቱ ጽሓፉ።
error-import-field-unknown = «{ $field }» ናይ ሓደ ሰብ መዓልቦ ኣይኮነን። መዓልቦታት፦ { $fields }።
error-import-name-column-missing = ካብቲ ፋይል ሓደ ዓምዲ እኳ ከም ስም ኣቦ ወይ ስም ኣይተፈልጠን። ኣየናይ ምዃኑ ኣፍልጡ (ንኣብነት --column last-name=A)።

## ብዛዕባ ዝኣተወ መስመር ሓበሬታ

error-import-commune-not-found = እቲ ከተማ ኣብቲ ወግዓዊ ዝርዝር ኣይተረኽበን፦ እቲ ሰብ ብዘይ ከተማ ኣትዩ።
error-import-commune-ambiguous = ብዙሓት ከተማታት እዚ ስም ኣለዎም፦ እቲ ሰብ ብዘይ ከተማ ኣትዩ። ንምምራጽ ፖስታዊ ኮድ ወስኹ።
import-duplicate-of-line = ምስ መስመር { $line } ናይቲ ፋይል ሓደ ዓይነት ስምን ዓመተ ልደትን።
import-duplicate-of-existing = ምስ ቅድሚ ሕጂ ዝተመዝገቡ ሰባት ሓደ ዓይነት ስምን ዓመተ ልደትን (ብዝሒ፦ { $count })።

## መዓልቦታት

import-field-name = ስምን ስም ኣቦን
import-field-lastName = ስም ኣቦ
import-field-firstName = ስም
import-field-birthYear = ዓመተ ልደት
import-field-gender = ጾታ
import-field-socialStatus = ማሕበራዊ ኩነታት
import-field-commune = ከተማ
import-field-communeInseeCode = ኮድ INSEE
import-field-communePostalCode = ፖስታዊ ኮድ
import-field-phone = ተሌፎን
import-field-email = ኣድራሻ ኢመይል
import-field-notes = መዘኻኸሪ

## ጸብጻብ ዝተነጸጉ መስመራት (ፋይል CSV)

import-report-line = መስመር
import-report-field = መዓልቦ
import-report-reason = ምኽንያት
import-report-outcome = ውጽኢት
import-report-refused = መስመር ተነጺጉ
import-report-kept = ኣትዩ
import-report-likely-duplicate = ዝድገም ክኸውን ይኽእል

## መስመር ትእዛዝ

cli-about-escale-import = ካብ ካልእ መሳርሒ ሓበሬታ የእቱ።
cli-about-escale-import-people = ካብ ፋይል XLSX ወይ CSV ሰባት የእቱ (ናይ La Coop de la médiation numérique ናይ ምእታው ቅጥዒ ከም ዘለዎ ይፍለጥ)። ቅድም እንታይ ከም ዝኣቱ፣ ዝድገሙ ክኾኑ ዝኽእሉን ዝተነጸጉ መስመራትን የርኢ፤ ኩሉ ወይ ምንም።
cli-arg-escale-import-people-file = ዝኣቱ ፋይል (XLSX ወይ CSV)።
cli-arg-escale-import-people-sheet = ዝንበብ ገጽ ናይቲ መጽሓፍ (ብንቡር እቲ ቀዳማይ)።
cli-arg-escale-import-people-header_row = ኣርእስትታት ዓምድታት ዘለዎ መስመር (ብንቡር ባዕሉ ይረከብ)፤ ሰባት ኣብ ዝቕጽሉ መስመራት እዮም።
cli-arg-escale-import-people-column = ሓደ መዓልቦ ካበይ ከም ዝንበብ፦ መዓልቦ=ዓምዲ፣ እቲ ዓምዲ ብፊደሉ ወይ ብኣርእስቱ (ንኣብነት phone=G፣ notes="ርእይቶታት")፤ ከይንበብ መዓልቦ=-። መዓልቦታት፦ last-name፣ first-name፣ birth-year፣ commune፣ insee-code፣ postal-code፣ phone፣ email፣ gender፣ social-status፣ notes።
cli-arg-escale-import-people-dry_run = ገለ ከይዓቀብካ እንታይ ምኣተወ ኣርኢ።
cli-arg-escale-import-people-skip_duplicates = ዝድገሙ ክኾኑ ዝኽእሉ ኣየእቱ።
cli-arg-escale-import-people-rejects = ጸብጻብ ዝተነጸጉ መስመራትን ሓበሬታን ኣብዚ ፋይል CSV ዓቅብ።
cli-arg-escale-import-people-json = ውጽኢት ብJSON።

cli-import-national-template = ናይ La Coop de la médiation numérique ናይ ምእታው ቅጥዒ ተፈሊጡ፦ ገጽ «{ $sheet }»፣ ሰባት ካብ መስመር { $line } ጀሚሮም።
cli-import-column = { $field }፦ ዓምዲ { $column }
cli-import-summary = ዝተንበቡ መስመራት፦ { $lines }፤ ዝኣትዉ ሰባት፦ { $accepted }፤ ዝተነጸጉ መስመራት፦ { $rejected }።
cli-import-duplicates = ዝድገሙ ክኾኑ ዝኽእሉ (ሓደ ዓይነት ስምን ዓመተ ልደትን)፦ { $count }።
cli-import-issue = መስመር { $line } ({ $field })፦ { $reason }
cli-import-more-issues = … ካልእ ሓበሬታ፦ { $count } (ጸብጻብ --rejects ኩሉ ይህብ)።
cli-import-report-written = ጸብጻብ ኣብ { $path } ተዓቂቡ።
cli-import-dry-run = ፈተነ፦ ገለ ኣይተዓቀበን።
cli-import-progress = ሰባት ይኣትዉ ኣለዉ
cli-import-done = ዝኣተዉ ሰባት፦ { $imported }።
cli-import-skipped-duplicates = ዝተገደፉ ዝድገሙ ክኾኑ ዝኽእሉ፦ { $count }።
