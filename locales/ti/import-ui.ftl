# ኣብ መስኮት ዘሎ ገጽ «ሰባት ምእታው»፦ እቲ ፋይል፡ ዓምድታት፡ ቅድመ-ምርኣይ፡ ምእታው።

import-ui-open = ሰባት ኣእቱ
import-ui-title = ሰባት ምእታው
import-ui-intro = ካብ ናይ La Coop de la médiation numérique ቅጥዒ ምእታው ወይ ካብ ዝኾነ ስፕሬድሺት (XLSX ወይ CSV)። ቅድሚ እቲ ናይ መወዳእታ ስጉምቲ ዋላ ሓንቲ ኣይዕቀብን።

## 1. እቲ ፋይል

import-ui-step-file = 1. እቲ ፋይል
import-ui-found-files = ኣብ ሰነዳትኩምን ኣብ USB መፍትሕታትን ዝተረኽቡ ስፕሬድሺታት
import-ui-found-files-choose = { $count ->
    [one] ካብ { $count } ዝተረኽበ ፋይል ምረጹ…
   *[other] ካብ { $count } ዝተረኽቡ ፋይላት ምረጹ…
}
import-ui-found-in-documents = { $name } (ሰነዳት)
import-ui-found-on-key = { $name } (USB መፍትሕ)
import-ui-path = መንገዲ እቲ ዝኣቱ ፋይል (XLSX ወይ CSV)
import-ui-path-help = ምሉእ መንገዲ እቲ ፋይል ጸሓፉ፡ ወይ ካብቲ ኣብ ላዕሊ ዘሎ ዝርዝር ምረጽዎ።
import-ui-path-help-typed = ምሉእ መንገዲ እቲ ፋይል ጸሓፉ (ኣብ ሰነዳትኩም ወይ ኣብ USB መፍትሕ ዋላ ሓደ ስፕሬድሺት ኣይተረኽበን)።
import-ui-read = ፋይል ኣንብብ
import-ui-read-again = ፋይል እንደገና ኣንብብ
import-ui-reading = ፋይል ይንበብ ኣሎ…
import-ui-file-read = ዝተነበበ ፋይል፦ { $name }
import-ui-sheet = ዝንበብ ሉሕ ናይቲ መዝገብ
error-import-ui-path-required = እቲ ዝኣቱ ፋይል ኣመልክቱ።
error-import-file-not-read = እቲ ፋይል ድሕሪ ሕጂ ኣብ ዝኽሪ የለን፦ እንደገና ኣንብብዎ።

## 2. ዓምድታት

import-ui-step-columns = 2. ዓምድታት
import-ui-national-template = ናይ La Coop de la médiation numérique ቅጥዒ ምእታው ተለልዩ፦ ዓምድታቱ ፍሉጣት እዮም፡ ዝምረጽ የለን።
import-ui-columns-intro = ንነፍሲ ወከፍ ሓበሬታ፡ እቲ ዝሓዞ ዓምዲ ናይቲ ፋይል። Escale ካብ ኣርእስትታት ዓምድታት ገሚትዎ ኣሎ፦ ኣረጋግጹ፡ እንተ ኣድልዩ ቀይርዎ።
import-ui-header-line = መስመር ኣርእስትታት ዓምድታት
import-ui-header-line-help = እቶም ሰባት ኣብ ዝስዕቡ መስመራት እዮም። Escale ጌጋ መስመር እንተ መሪጹ ቀይርዎ።
import-ui-column-none = ኣይተእትው
import-ui-column-option = ዓምዲ { $letter }፦ { $header }
import-ui-column-option-untitled = ዓምዲ { $letter } (ኣርእስቲ የብሉን)
import-ui-column-example = ኣብነት፦ { $example }
import-ui-name-column-needed = ዓምዲ ስም ስድራ ወይ ስም ምረጹ፦ ብዘይኡ ዋላ ሓደ ሰብ ክኣቱ ኣይክእልን።

## 3. ቅድመ-ምርኣይ

import-ui-step-preview = 3. እቲ ዝኣቱ
import-ui-previewing = ቅድመ-ምርኣይ ይሕደስ ኣሎ…
import-ui-accepted = { $count ->
    [one] { $count } ሰብ ክኣቱ እዩ
   *[other] { $count } ሰባት ክኣትዉ እዮም
} (ካብ { $lines ->
    [one] { $lines } ዝተነበበ መስመር
   *[other] { $lines } ዝተነበቡ መስመራት
})።
import-ui-duplicates = { $count ->
    [one] { $count } ክኸውን ዝኽእል ድግግም (ሓደ ዓይነት ስምን ሓደ ዓይነት ዓመተ ልደትን)።
   *[other] { $count } ክኾኑ ዝኽእሉ ድግግማት (ሓደ ዓይነት ስምን ሓደ ዓይነት ዓመተ ልደትን)።
}
import-ui-rejected = { $count ->
    [one] { $count } መስመር ተነጺጉ።
   *[other] { $count } መስመራት ተነጺጎም።
}
import-ui-duplicates-title = ክኾኑ ዝኽእሉ ድግግማት
import-ui-duplicate-of-existing = መስመር { $line }፦ { $name } ይመስል { $count ->
    [one] ንሓደ ቀደም ዝተመዝገበ ሰብ
   *[other] ን{ $count } ቀደም ዝተመዝገቡ ሰባት
}፦ { $existing }።
import-ui-duplicate-of-line = መስመር { $line }፦ { $name }፡ ምስ መስመር { $earlier } ናይቲ ፋይል ሓደ ዓይነት ስምን ዓመተ ልደትን።
import-ui-skip-duplicates = ክኾኑ ዝኽእሉ ድግግማት ኣይተእትው
import-ui-rejected-title = ዝተነጸጉ መስመራት
import-ui-remarks-title = ምስ መዘኻኸሪ ዝኣተዉ መስመራት
import-ui-table-line = መስመር
import-ui-table-field = ዓውዲ
import-ui-table-reason = ምኽንያት
import-ui-more-issues = { $count ->
    [one] … ከምኡ’ውን { $count } ካልእ፦ እቲ ጸብጻብ ኩሎም ይህብ።
   *[other] … ከምኡ’ውን { $count } ካልኦት፦ እቲ ጸብጻብ ኩሎም ይህብ።
}

## ጸብጻብ

import-ui-report-title = ጸብጻብ ዝተነጸጉ መስመራት
import-ui-report-help = ነፍሲ ወከፍ ዝተነጸገ መስመርን ምኽንያቱን፡ ነፍሲ ወከፍ መዘኻኸርን ክኸውን ዝኽእል ድግግምን ዝሓዘ ፋይል CSV። ቁጽሪ መስመራትን ምኽንያታትን ጥራይ እዩ ዝሓዘ፡ ዋላ ሓደ ስም የብሉን።
import-ui-report-folder = እቲ ጸብጻብ ዝዕቀበሉ ፎልደር
import-ui-save-report = ጸብጻብ ዓቅብ
import-ui-report-saved = ጸብጻብ «{ $name }» ተዓቂቡ፦
error-import-ui-folder-required = እቲ ጸብጻብ ዝዕቀበሉ ፎልደር ኣመልክቱ።

## 4. ምእታው

import-ui-step-import = 4. ምእታው
import-ui-all-or-nothing = ኩሉ ወይ ምንም፦ እቲ ምእታው እንተ ተሰሪዙ ወይ እንተ ደው ኢሉ፡ ዋላ ሓደ ሰብ ኣይዕቀብን።
import-ui-run = { $count ->
    [one] { $count } ሰብ ኣእቱ
   *[other] { $count } ሰባት ኣእቱ
}
import-ui-nothing-to-import = ዝኣቱ ሰብ የለን፦ እቲ ፋይል ወይ ዝተመርጹ ዓምድታት ኣስተኻኽሉ።
import-ui-importing = ሰባት ይኣትዉ ኣለዉ
import-ui-cancel = ምእታው ሰርዝ
import-ui-cancelled = ምእታው ተሰሪዙ፦ ዋላ ሓደ ሰብ ኣይተዓቀበን።
import-ui-done-title = ምእታው ተወዲኡ
import-ui-done = { $count ->
    [one] { $count } ሰብ ኣትዩ።
   *[other] { $count } ሰባት ኣትዮም።
}
import-ui-done-skipped = { $count ->
    [one] { $count } ክኸውን ዝኽእል ድግግም ተሪፉ።
   *[other] { $count } ክኾኑ ዝኽእሉ ድግግማት ተሪፎም።
}
import-ui-done-rejected = { $count ->
    [one] { $count } ዝተነጸገ መስመር ኣይኣተወን።
   *[other] { $count } ዝተነጸጉ መስመራት ኣይኣተዉን።
}
import-ui-back-to-list = ናብ ዝርዝር ሰባት ተመለስ
import-ui-import-another = ካልእ ፋይል ኣእቱ
