## The monthly activity report (a PDF for the structure and its funders), its part of the
## statistics screen and the `escale report` command.

report-title = ጸብጻብ ንጥፈት — { $month }
report-period-all-places = ካብ { $from } ክሳብ { $to }፣ ኩሉ ቦታታት ንጥፈት
report-printed-on = ዝተዳለወሉ ዕለት፦ { $date }
report-number = { $value }
report-share = { $count } ({ $percent } %)
report-note-heading = ቃል ትካል
report-months-caption = ሓገዛት ብወርሒ፣ ኣብተን ብወርሒ ናይቲ ጸብጻብ ዝውድኣ ዓሰርተ ክልተ ኣዋርሕ።
report-procedures = እቶም ዝበዝሐ ሓገዝ ዝተገብረሎም ጉዳያት
report-procedures-note = ቁጽሪ ንነፍሲ ወከፍ ጉዳይ ዝምልከቱ ንጥፈታት፦ ክትትል ዝግበረሎም ጉዳያት፣ ከምኡ እውን ኣብ ሓገዝ ዝተጠቕሱ ጉዳያት።
report-nothing = ኣብዚ ወርሒ ዝተመዝገበ የለን።
documents-file-report = activity-report-{ $month }.pdf
audit-entity-report-note = ጽሑፍ ወርሓዊ ጸብጻብ
error-month-invalid = እዚ ወርሒ ቅኑዕ ኣይኮነን፦ ብቕርጺ ዓዓዓዓ-ወወ ጽሓፍዎ፣ ንኣብነት 2026-10።

report-section = ወርሓዊ ጸብጻብ
report-explanation = PDF ንትካልን ንወሃብቲ ገንዘቡን፦ ቁጽርታት ናይቲ ወርሒ፣ ግራፋት፣ ዛዕባታትን ጉዳያትን፣ ቦታታትን ከተማታትን፣ ከምኡ እውን ጽሑፍኩም።
report-month = ወርሒ ናይቲ ጸብጻብ
report-note-label = ቃል ትካል ንዚ ወርሒ
report-note-help = ኣብቲ ጸብጻብ ዝሕተማ ቁሩብ መስመራት፦ ኣብዚ ወርሒ ዝተፈልየ ነገር፣ ሓድሽ ቦታ፣ መሻርኽቲ ትካል። ካብቲ ቦታ ጽሑፍ ምስ ወጻእኩም ብኡንብኡ ይዕቀብ።
report-note-saved = ጽሑፍ ተዓቂቡ።
report-note-count = ምልክታት፦ { $count } / { $max }
report-print = ነቲ ጸብጻብ ብPDF ዓቅቡ…
print-title-monthly-report = ወርሓዊ ጸብጻብ ንጥፈት

cli-about-escale-report = ወርሓዊ ጸብጻብ ንጥፈት ንትካልን ንወሃብቲ ገንዘቡን፣ ብPDF፦ ቀንዲ ቁጽርታት፣ ግራፋት፣ ዛዕባታት፣ ጉዳያት፣ ቦታታትን ከተማታትን።
cli-arg-escale-report-month = ወርሒ ናይቲ ጸብጻብ (ዓዓዓዓ-ወወ)፣ ብልሙድ ዝሓለፈ ወርሒ።
cli-arg-escale-report-place = ናይዚ ቦታ ንጥፈታት ጥራይ (መለለዪኡ)።
cli-arg-escale-report-text = ቃል ትካል ንዚ ወርሒ፣ ንዝቕጽሉ ሕትመታት ዝዕቀብ ("" ይድምስሶ)።
cli-arg-escale-report-text_file = እቲ ሓደ ጽሑፍ፣ ካብ ፋይል ጽሑፍ ዝንበብ (UTF-8)።
cli-arg-escale-report-out = ዝጽሓፍ PDF ፋይል (እንተሃልዩ ይትካእ)፤ እንተዘይኮይኑ ብስም ናይቲ ጸብጻብ፣ ኣብቲ ሕጂ ዘሎ ፎልደር።
cli-report-text-not-read = እቲ ፋይል { $path } ከም ጽሑፍ ክንበብ ኣይከኣለን፦ ከም ዘሎን ብUTF-8 ከም ዝተዓቀበን ኣረጋግጹ።
