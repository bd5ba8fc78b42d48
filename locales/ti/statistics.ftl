## Statistics of a period (screen, command line, exports and monthly report).

stats-title = ስታቲስቲክስ
stats-open = ስታቲስቲክስ
stats-period = እዋን
stats-period-this-month = እዚ ወርሒ
stats-period-last-month = ዝሓለፈ ወርሒ
stats-period-this-year = እዚ ዓመት
stats-period-custom = ዝተመርጸ እዋን
stats-from = ካብ
stats-to = ክሳብ
stats-show = ኣርእዩ
stats-place = ቦታ
stats-place-all = ኩሉ ቦታታት
stats-subtitle = ካብ { $from } ክሳብ { $to }
stats-subtitle-place = ካብ { $from } ክሳብ { $to }፣ ኣብ { $place }
stats-empty = ኣብዚ እዋን ዝተመዝገበ ንጥፈት የለን።
stats-key-figures = ቀንዲ ቁጽርታት
stats-total-accompaniments = ሓገዛት
stats-total-people = ዝተሓገዙ ሰባት
stats-total-new-people = ሓደስቲ ሰባት
stats-total-followed-people = ክትትል ዝግበረሎም ሰባት
stats-total-anonymous-people = ስም ዘይብሎም ሰባት
stats-total-individual = ውልቃዊ ሓገዛት
stats-total-workshop-participants = ተሳትፎ ኣብ ኣውደ ስራሓት
stats-total-activities = ንጥፈታት
stats-total-workshops = ኣውደ ስራሓት
stats-months = ዝሓለፉ 12 ኣዋርሕ
stats-months-caption = ሓገዛትን ዝተሓገዙ ሰባትን ብወርሒ
stats-column-month = ወርሒ
stats-column-accompaniments = ሓገዛት
stats-column-people = ሰባት
stats-column-label = ዓይነት
stats-column-count = ቁጽሪ
stats-column-percent = ሚእታዊት
stats-digital-themes = ዛዕባታት ዲጂታላዊ ሓገዝ
stats-administrative-themes = ምምሕዳራዊ ዛዕባታት
stats-equipment = ዝተጠቐምሉ መሳርሒታት
stats-channels = ዓይነት ቦታ ሓገዝ
stats-durations = ዝወሰዶ ግዜ
stats-places = ቦታታት ንጥፈት
stats-genders = ጾታ
stats-age-bands = ደረጃታት ዕድመ
stats-social-statuses = ማሕበራዊ ኩነታት ሰባት
stats-communes = ዝነብሩሉ ከተማ
stats-commune-unknown = ከተማ ኣይተሓበረን
stats-activities-note = ካብ ንጥፈታት ናይዚ እዋን ዘለዎ ሚእታዊት፤ ሓደ ንጥፈት ልዕሊ ሓደ ዛዕባ ክህልዎ ይኽእል።
stats-people-note = ካብቶም ኣብዚ እዋን ዝተሓገዙ ሰባት ዘለዎ ሚእታዊት።
stats-loading = ስታቲስቲክስ ይሕሰብ ኣሎ…

error-period-ends-before-start = እቲ እዋን ቅድሚ ምጅማሩ ይውዳእ ኣሎ፦ ክልቲኡ ዕለታት ኣረጋግጹ።
error-period-too-long = እዚ እዋን ኣዝዩ ነዊሕ እዩ (ካብ { $max } መዓልታት ንላዕሊ)፦ ዓመት ናይ ክልቲኡ ዕለታት ኣረጋግጹ።

cli-about-escale-stats = ቁጽርታት ናይ ሓደ እዋን፦ ሓገዛት፣ ሰባት፣ ዛዕባታት፣ ቦታታት፣ ብወርሒ (ብልሙድ እዚ ወርሒ)።
cli-arg-escale-stats-from = መጀመርታ መዓልቲ ናይቲ እዋን (ዓዓዓዓ-ወወ-መመ)፣ ብልሙድ መዓልቲ 1 ናይቲ ወርሒ።
cli-arg-escale-stats-to = ናይ መወዳእታ መዓልቲ ናይቲ እዋን (ዓዓዓዓ-ወወ-መመ)፣ ብልሙድ ሎሚ።
cli-arg-escale-stats-month = ምሉእ ወርሒ (ዓዓዓዓ-ወወ)፣ ኣብ ክንዲ --from ከምኡ እውን --to።
cli-arg-escale-stats-place = ናይዚ ቦታ ንጥፈታት ጥራይ (መለለዪኡ)።
cli-arg-escale-stats-json = ውጽኢት ብJSON።
cli-stats-period = ስታቲስቲክስ ካብ { $from } ክሳብ { $to }
cli-stats-accompaniments = { $count ->
    [one] { $count } ሓገዝ
   *[other] { $count } ሓገዛት
} ({ $individual } ውልቃዊ፣ { $workshop } ኣብ ኣውደ ስራሕ)
cli-stats-people = { $count ->
    [one] { $count } ዝተሓገዘ ሰብ
   *[other] { $count } ዝተሓገዙ ሰባት
}፣ ካብኣቶም { $new } ሓደስቲ ({ $followed } ክትትል ዝግበረሎም፣ { $anonymous } ስም ዘይብሎም)
cli-stats-activities = { $count ->
    [one] { $count } ንጥፈት
   *[other] { $count } ንጥፈታት
} ({ $individual } ውልቃዊ ሓገዛት፣ { $workshops } ኣውደ ስራሓት)
cli-stats-share = { "  " }{ $label }፦ { $count } ({ $percent } %)
cli-stats-month = { "  " }{ $month }፦ { $accompaniments } ሓገዛት፣ { $people } ሰባት
