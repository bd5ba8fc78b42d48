# The "escale" command line: help (cli-about-<command>, cli-arg-<command>-<option>) and messages.
# Commands, options, codes and environment variables stay as they are.

cli-about-escale = Escale ብመስመር ትእዛዝ፦ ከምቲ ናይ ኣፕሊኬሽን ዝተመስጠረ ሓበሬታ፣ ንምምሕዳርን ንስክሪፕትታትን።
cli-arg-escale-data_dir = ፎልደር ሓበሬታ (ብልሙድ ናይ ኣፕሊኬሽን፤ ተለዋዋጢ ESCALE_DATA_DIR)።
cli-arg-escale-lang = ቋንቋ መልእኽትታት (ብልሙድ fr፤ ተለዋዋጢ ESCALE_LANG)።
cli-arg-escale-json = ውጽኢት ብJSON፣ ንስክሪፕትታት።

cli-about-escale-init = ዝተመስጠረ መኽዘን ሓበሬታ ምፍጣርን መፍትሕ ምድሓኑ ምርኣይን። እቲ መፍትሕ ናብ ቀለበት መፍትሕ ናይ ሲስተም ይኸይድ፤ ቀለበት መፍትሕ እንተዘየለ፣ ምስጢራዊ ሓረግ ይሕልዎ (ዝጽሓፍ፣ ወይ ተለዋዋጢ ESCALE_PASSPHRASE)።
cli-arg-escale-init-passphrase = ነቲ መኽዘን ብቀለበት መፍትሕ ዘይኮነስ ብምስጢራዊ ሓረግ ሓልዉ።
cli-arg-escale-init-json = ውጽኢት ብJSON።

cli-about-escale-recover = ነቲ መኽዘን ብመፍትሕ ምድሓን እንደገና ምኽፋት (ሓድሽ ኮምፒዩተር፣ ዝተደምሰሰ ቀለበት መፍትሕ፣ ዝጠፍአ ኣቀማምጣ መፍትሕ፣ ዝተረስዐ ምስጢራዊ ሓረግ)፣ ድሕሪኡ ነቲ መፍትሕ እንደገና ምሕላው። መፍትሕ ዝጽሓፍ፣ ወይ ተለዋዋጢ ESCALE_RECOVERY_KEY።
cli-arg-escale-recover-passphrase = ድሕሪኡ ነቲ መፍትሕ ብቀለበት መፍትሕ ዘይኮነስ ብሓድሽ ምስጢራዊ ሓረግ ሓልዉ (ዝጽሓፍ፣ ወይ ተለዋዋጢ ESCALE_NEW_PASSPHRASE)።
cli-about-escale-recovery-sheet = ወረቐት ምድሓን ምጽሓፍ (ዝሕተምን ብመፍትሕ ኣብ ዝዕጾ ቦታ ዝቕመጥን ሓደ ገጽ)።
cli-arg-escale-recovery-sheet-out = ዝጽሓፍ ፋይል (ገጽ HTML)።
cli-about-escale-key = ምሕላው መፍትሕ ናይቲ መኽዘን።
cli-about-escale-key-protect = ነቲ መፍትሕ ኣብ ቀለበት መፍትሕ ናይ ሲስተም ወይ ብ(ሓድሽ) ምስጢራዊ ሓረግ ምቕማጥ። እቲ ሓበሬታ እንደገና ኣይምስጠርን።
cli-arg-escale-key-protect-keyring = ነቲ መፍትሕ ኣብ ቀለበት መፍትሕ ናይ ሲስተም ዓቅቡ።
cli-arg-escale-key-protect-passphrase = ነቲ መፍትሕ ብሓድሽ ምስጢራዊ ሓረግ ሓልዉ (ዝጽሓፍ፣ ወይ ተለዋዋጢ ESCALE_NEW_PASSPHRASE)።
cli-prompt-recovery-key = መፍትሕ ምድሓን (14 ጉጅለ ካብ 4 ምልክታት)፦
cli-recovery-key-intro = እዚ መፍትሕ ምድሓን እዩ። ኮምፒዩተር፣ ቀለበት መፍትሕ ወይ ምስጢራዊ ሓረግ እንተጠፊኡ፣ ነቲ ሓበሬታ እንደገና ዝኸፍቶ ንሱ ጥራይ እዩ፦
cli-recovery-key-sheet = ወረቐት ምድሓን ሕተሙ («escale recovery-sheet --out fiche.html») እሞ ካብ ኮምፒዩተር ርሒቑ ብመፍትሕ ኣብ ዝዕጾ ቦታ ኣቐምጥዎ።
cli-recovered-keyring = መኽዘን ብመፍትሕ ምድሓን እንደገና ተኸፊቱ። መፍትሑ ሕጂ ኣብ ቀለበት መፍትሕ ናይ ሲስተም ኣሎ።
cli-recovered-passphrase = መኽዘን ብመፍትሕ ምድሓን እንደገና ተኸፊቱ። ሕጂ ብሓድሽ ምስጢራዊ ሓረግኩም ዝተሓለወ እዩ።
cli-recovery-sheet-written = ወረቐት ምድሓን ኣብ { $path } ተጻሒፉ። ሕተምዎ፣ ብመፍትሕ ኣብ ዝዕጾ ቦታ ኣቐምጥዎ፣ ድሕሪኡ ነዚ ፋይል ደምስስዎ።
cli-key-moved-to-keyring = እቲ መፍትሕ ሕጂ ኣብ ቀለበት መፍትሕ ናይ ሲስተም ኣሎ። እቲ ሓበሬታ ኣይተቐየረን።
cli-key-moved-to-passphrase = እቲ መፍትሕ ሕጂ ብሓድሽ ምስጢራዊ ሓረግ ዝተሓለወ እዩ። እቲ ሓበሬታ ኣይተቐየረን።
cli-file-not-written = ፋይል { $path } ክጽሓፍ ኣይተኻእለን። ዋላ ሓንቲ ኣይተጻሕፈን።
cli-use-recover = ሓበሬታኹም እንደገና ንምኽፋት፦ escale recover

cli-about-escale-backup = ዝተመስጠሩ ተጠባባቒ ቅዳሓት፦ ምስራሕ፣ ምርግጋጽ፣ ምምላስ።
cli-about-escale-backup-create = ዝተመስጠረ ተጠባባቒ ቅዳሕ ናይ ብምሉኡ መኽዘን ኣብ ፎልደር (USB ፍላሽ) ምጽሓፍ። ስም ናይቲ ፋይል ዕለት ጥራይ ይሓዝ፣ ውልቃዊ ነገር የብሉን፤ ብመፍትሕ ምድሓን ይኽፈት፣ ወይ፣ ብምስጢራዊ ሓረግ ዝተሓለወ መኽዘን እንተኾይኑ፣ በቲ ናይ ዕለቱ ምስጢራዊ ሓረግ።
cli-arg-escale-backup-create-to = ተጠባባቒ ቅዳሕ ዝጽሓፈሉ ፎልደር (ንኣብነት USB ፍላሽ)።
cli-arg-escale-backup-create-json = ውጽኢት ብJSON።
cli-about-escale-backup-verify = ተጠባባቒ ቅዳሕ ምርግጋጽ፦ ቅርጹን ናይ ምቁጽጻር ድምሩን (checksum)፣ ድሕሪኡ፣ ብመፍትሕ ምድሓን (ESCALE_RECOVERY_KEY) ወይ ብምስጢራዊ ሓረግ (ESCALE_PASSPHRASE)፣ ትሕዝቶኡ፣ Escale ዝኸፍቶን ዝቖጽሮን።
cli-arg-escale-backup-verify-file = ፋይል ተጠባባቒ ቅዳሕ (.escale-backup)።
cli-arg-escale-backup-verify-without_secret = ምስጢር ዘየድልዮም ምርግጋጻት ጥራይ።
cli-arg-escale-backup-verify-json = ውጽኢት ብJSON።
cli-about-escale-backup-restore = ተጠባባቒ ቅዳሕ ብምሉኡ ድሕሪ ምርግጋጹ ናብ ፎልደር ሓበሬታ (ሓድሽ ኮምፒዩተር) ምምላስ። መፍትሕ ምድሓን (ESCALE_RECOVERY_KEY) ወይ ምስጢራዊ ሓረግ ናይቲ ተጠባባቒ ቅዳሕ (ESCALE_PASSPHRASE)፣ እንተዘይኮይኑ ዝጽሓፍ።
cli-arg-escale-backup-restore-file = ፋይል ተጠባባቒ ቅዳሕ (.escale-backup)።
cli-arg-escale-backup-restore-replace = ነቲ ዘሎ መኽዘን ምትካእ፦ ኣብ ፎልደር ሓበሬታ ንጎኒ ይቕመጥ፣ ፈጺሙ ኣይድምሰስን።
cli-arg-escale-backup-restore-passphrase = ነቲ ዝተመልሰ መፍትሕ ብቀለበት መፍትሕ ዘይኮነስ ብምስጢራዊ ሓረግ (ESCALE_NEW_PASSPHRASE፣ ወይ ናይቲ ተጠባባቒ ቅዳሕ) ሓልዉ።
cli-arg-escale-backup-restore-json = ውጽኢት ብJSON።
cli-prompt-backup-passphrase = ተጠባባቒ ቅዳሕ ኣብ ዝተሰርሓሉ እዋን ዝነበረ ምስጢራዊ ሓረግ ናይቲ መኽዘን፦
cli-backup-progress = ተጠባባቒ ቅዳሕ
cli-restore-progress = ምምላስ
cli-demo-progress = ናይ ኣብነት ሓበሬታ
cli-deriving-key = ዝተመስጠረ ዳታቤዝ ይኽፈት ኣሎ (መፍትሕ ይፍጠር ኣሎ)…
cli-backup-written = ተጠባባቒ ቅዳሕ ተጻሒፉን ተረጋጊጹን፦ { $path } ({ $size })።
cli-backup-verified = ጥዑይ ተጠባባቒ ቅዳሕ፣ ብ{ $made } ዝተሰርሐ፦ { $people ->
    [one] { $people } ሰብ
   *[other] { $people } ሰባት
}፣ { $activities ->
    [one] { $activities } ንጥፈት
   *[other] { $activities } ንጥፈታት
}፣ { $procedures ->
    [one] { $procedures } ጉዳይ
   *[other] { $procedures } ጉዳያት
}።
cli-backup-structure-verified = ብ{ $made } ዝተሰርሐ ተጠባባቒ ቅዳሕ፦ ቅርጽን ናይ ምቁጽጻር ድምርን ጥዑያት እዮም። ትሕዝቶኡ ኣይተረጋገጸን (መፍትሕ ምድሓን ወይ ምስጢራዊ ሓረግ የድሊ)።
cli-backup-restored = ናይ { $made } ተጠባባቒ ቅዳሕ ተመሊሱ፦ { $people ->
    [one] { $people } ሰብ
   *[other] { $people } ሰባት
}፣ { $activities ->
    [one] { $activities } ንጥፈት
   *[other] { $activities } ንጥፈታት
}፣ { $procedures ->
    [one] { $procedures } ጉዳይ
   *[other] { $procedures } ጉዳያት
}።
cli-backup-set-aside = ናይ ቅድሚ ሕጂ ሓበሬታ ጥዑይ እዩ፣ ኣብ { $path } ንጎኒ ተቐሚጡ።
cli-backup-secret-needed = መፍትሕ ምድሓን (ESCALE_RECOVERY_KEY) ወይ ምስጢራዊ ሓረግ ናይቲ ተጠባባቒ ቅዳሕ (ESCALE_PASSPHRASE) የድሊ። ዋላ ሓንቲ ኣይተቐየረን።

cli-about-escale-demo = ሓቂ ዝመስል ናይ ኣብነት ሓበሬታ ምውሳኽ።
cli-arg-escale-demo-people = ቁጽሪ ናይቶም ዝፍጠሩ ሰባት።
cli-arg-escale-demo-json = ውጽኢት ብJSON።

cli-about-escale-beneficiary = ዝተሓገዙ ሰባት፦ ምውሳኽ፣ ምዝርዛር፣ ምድላይ፣ ምርኣይ።
cli-about-escale-beneficiary-add = ሰብ ምውሳኽ።
cli-arg-escale-beneficiary-add-first_name = ቀዳማይ ስም።
cli-arg-escale-beneficiary-add-last_name = ስም ስድራ።
cli-arg-escale-beneficiary-add-latin_first_name = ቀዳማይ ስም ብላቲን ፊደላት፣ ከምቲ ኣብ ፈረንሳዊ ወረቐታት ዘሎ፣ እቲ ቀዳማይ ስም ብካልእ ፊደል ምስ ዝጽሓፍ።
cli-arg-escale-beneficiary-add-latin_last_name = ስም ስድራ ብላቲን ፊደላት፣ ከምቲ ኣብ ፈረንሳዊ ወረቐታት ዘሎ፣ እቲ ስም ብካልእ ፊደል ምስ ዝጽሓፍ።
cli-arg-escale-beneficiary-add-anonymous = ስም ዘይብሉ ሰብ (ብዘይ ስም፣ ንስታቲስቲክስ)።
cli-arg-escale-beneficiary-add-accompanied_before = ቅድሚ ሕጂ ሓገዝ ረኺቡ ነይሩ (ኣብ ካልእ ቦታ ወይ ቅድሚ Escale)፦ ኣብዚ ዝረኽቦ ሓገዝ ዋላ ሓደ ቀዳማይ ኣይኮነን።
cli-arg-escale-beneficiary-add-birth_year = ዓመተ ልደት (ደረጃ ዕድመ ካብኡ ይፍለጥ)።
cli-arg-escale-beneficiary-add-gender = ጾታ፦ masculin፣ feminin ወይ non_communique።
cli-arg-escale-beneficiary-add-social_status = ማሕበራዊ ኩነታት፦ scolarise፣ sans_emploi፣ en_emploi፣ retraite ወይ non_communique።
cli-arg-escale-beneficiary-add-insee = INSEE ኮድ ናይ ከተማ።
cli-arg-escale-beneficiary-add-postal_code = ኮድ ፖስታ (እንተዘይሃልዩ ካብ INSEE ኮድ ይፍለጥ)።
cli-arg-escale-beneficiary-add-commune = ስም ከተማ (እንተዘይሃልዩ ካብ INSEE ኮድ ይፍለጥ)።
cli-arg-escale-beneficiary-add-phone = ተሌፎን።
cli-arg-escale-beneficiary-add-email = ኣድራሻ ኢመይል።
cli-arg-escale-beneficiary-add-languages = ዝዛረቦ ቋንቋ (ኮድ ብ2 ወይ 3 ፊደላት፤ ክድገም ዝኽእል ኣማራጺ)።
cli-arg-escale-beneficiary-add-document_language = ቋንቋ ናይቶም ዝወሃቡ ሰነዳት (fr፣ en፣ ar፣ fa፣ ps፣ ti፣ uk፣ ru፣ ro፣ tr፣ es፣ pt)።
cli-arg-escale-beneficiary-add-notes = መዘኻኸሪ።
cli-arg-escale-beneficiary-add-json = ውጽኢት ብJSON።
cli-about-escale-beneficiary-list = ሰባት ብቕደም ሰዓብ ፊደላት ምዝርዛር።
cli-arg-escale-beneficiary-list-limit = ዝለዓለ ቁጽሪ መስመራት።
cli-arg-escale-beneficiary-list-json = ውጽኢት ብJSON።
cli-about-escale-beneficiary-search = ብዝኾነ ክፋል ናይቲ ስም ምድላይ፣ ኣክሰንታትን ዓበይቲ ፊደላትን ከይተገደሰ።
cli-arg-escale-beneficiary-search-query = መጀመርታ ናይ ቀዳማይ ስም ወይ/ከምኡ እውን ስም ስድራ።
cli-arg-escale-beneficiary-search-limit = ዝለዓለ ቁጽሪ መስመራት።
cli-arg-escale-beneficiary-search-json = ውጽኢት ብJSON።
cli-about-escale-beneficiary-show = ፋይል ናይ ሓደ ሰብ፣ ሓገዛቱን ጉዳያቱን ምርኣይ።
cli-arg-escale-beneficiary-show-id = መለለዪ ናይቲ ሰብ።
cli-arg-escale-beneficiary-show-json = ውጽኢት ብJSON።

cli-about-escale-activity = ሓገዛትን ኣውደ ስራሓትን፦ ምምዝጋብ፣ ምዝርዛር።
cli-about-escale-activity-add = ውልቃዊ ሓገዝ ወይ ናይ ጉጅለ ኣውደ ስራሕ ምምዝጋብ።
cli-arg-escale-activity-add-beneficiaries = መለለዪ ናይ ዝተሓገዘ ሰብ (ንኣውደ ስራሕ ክድገም ይኽእል)።
cli-arg-escale-activity-add-kind = ዓይነት፦ individuel ወይ collectif።
cli-arg-escale-activity-add-date = ዕለት (ዓዓዓዓ-ወወ-መመ፤ ብልሙድ ሎሚ)።
cli-arg-escale-activity-add-duration = ዝወሰዶ ግዜ ብደቓይቕ።
cli-arg-escale-activity-add-place_type = ዓይነት ቦታ፦ lieu_activite፣ domicile፣ a_distance ወይ autre።
cli-arg-escale-activity-add-place = መለለዪ ቦታ ንጥፈት (ን lieu_activite)።
cli-arg-escale-activity-add-insee = INSEE ኮድ ናይ ከተማ (ን domicile ከምኡ እውን autre)።
cli-arg-escale-activity-add-postal_code = ኮድ ፖስታ።
cli-arg-escale-activity-add-commune = ስም ከተማ።
cli-arg-escale-activity-add-themes = ዛዕባ (ሃገራዊ ኮድ፤ ክድገም ይኽእል)።
cli-arg-escale-activity-add-equipment = ዝተጠቐምሉ መሳርሒ (ክድገም ይኽእል)።
cli-arg-escale-activity-add-autonomy = ባዕሉ ናይ ምኽኣል ደረጃ፦ entierement_accompagne፣ partiellement_autonome ወይ autonome።
cli-arg-escale-activity-add-orientation = እቲ ሰብ ዝተላእከሉ ትካል።
cli-arg-escale-activity-add-procedure_name = ስም ምምሕዳራዊ ጉዳይ።
cli-arg-escale-activity-add-workshop_title = ኣርእስቲ ኣውደ ስራሕ።
cli-arg-escale-activity-add-workshop_level = ደረጃ ኣውደ ስራሕ፦ debutant፣ intermediaire ወይ avance።
cli-arg-escale-activity-add-anonymous_total = ቁጽሪ ስም ዘይብሎም ተሳተፍቲ (ኣውደ ስራሕ)።
cli-arg-escale-activity-add-notes = መዘኻኸሪ።
cli-arg-escale-activity-add-next_steps = ዝቕጽሉ ስጉምትታት።
cli-arg-escale-activity-add-json = ውጽኢት ብJSON።
cli-about-escale-activity-defaults = ሓድሽ ምዝገባ ብቐዳምነት ዘቕርቦ፦ ቦታ ናይ ዕለቱ፣ ኣብዚ ቀረባ ግዜ ብዝያዳ ዝተጠቕመሎም ዛዕባታትን ግዜታትን።
cli-arg-escale-activity-defaults-kind = ዓይነት፦ individuel ወይ collectif።
cli-arg-escale-activity-defaults-json = ውጽኢት ብJSON።
cli-defaults-place = ዝቐረበ ቦታ፦ { $place }
cli-defaults-place-of-day = { $place } ({ $date })
cli-defaults-themes = ዛዕባታት፣ ብዝያዳ ዝተጠቕመሎም ቀዳሞት፦ { $themes }
cli-defaults-durations = ግዜታት፣ ብዝያዳ ዝተጠቕመሎም ቀዳሞት፦ { $durations }
cli-about-escale-activity-list = ንጥፈታት ምዝርዛር፣ እቶም ሓደስቲ ቀዳሞት።
cli-arg-escale-activity-list-from = ካብዚ ዕለት (ዓዓዓዓ-ወወ-መመ)።
cli-arg-escale-activity-list-to = ክሳብ እዚ ዕለት (ዓዓዓዓ-ወወ-መመ)።
cli-arg-escale-activity-list-beneficiary = ናይዚ ሰብ ጥራይ።
cli-arg-escale-activity-list-limit = ዝለዓለ ቁጽሪ መስመራት።
cli-arg-escale-activity-list-json = ውጽኢት ብJSON።

cli-about-escale-procedure = ክትትል ዝግበረሎም ምምሕዳራዊ ጉዳያት፦ ምጅማር፣ ኩነታት ምቕያር፣ ሰነዳት ምልክት ምግባር፣ እንደገና ምኽፋት፣ ምዝርዛር።
cli-about-escale-procedure-start = ክትትል ናይ ሓደ ጉዳይ ካብ ዝርዝር ጉዳያት ምጅማር፣ ምስ ዝርዝር ሰነዳቱ።
cli-arg-escale-procedure-start-beneficiary = መለለዪ ናይቲ ሰብ።
cli-arg-escale-procedure-start-kind = ጉዳይ ካብ ዝርዝር ጉዳያት (ንኣብነት caf_rsa፣ anef_renouvellement_titre_sejour፤ escale catalogue list ርኣዩ)።
cli-arg-escale-procedure-start-status = መጀመርታ ኩነታት (acceptee፣ ምሕዳስ ናይ ድሮ ዝተረኽበ መሰል ንምክትታል)።
cli-arg-escale-procedure-start-on = ዕለት መጀመርታ ኩነታት (ዓዓዓዓ-ወወ-መመ)፣ ብልሙድ ሎሚ።
cli-arg-escale-procedure-start-reference = ቁጽሪ ፋይል።
cli-arg-escale-procedure-start-deadline = ናይ መወዳእታ ዕለት (ዓዓዓዓ-ወወ-መመ)።
cli-arg-escale-procedure-start-call_back = ናብቲ ሰብ ዝድወለሉ ዕለት (ዓዓዓዓ-ወወ-መመ)።
cli-arg-escale-procedure-start-notes = መዘኻኸሪ።
cli-arg-escale-procedure-start-json = ውጽኢት ብJSON።
cli-about-escale-procedure-status = ኩነታት ጉዳይ ምቕያር፣ ሰንጠረዥ ምሕላፋት እንተፈቒዱ (እቲ ዝነበረ ኣብ ታሪኽ ይተርፍ)።
cli-arg-escale-procedure-status-id = መለለዪ ጉዳይ።
cli-arg-escale-procedure-status-status = ሓድሽ ኩነታት፦ a_faire፣ en_attente_de_pieces፣ deposee፣ en_instruction፣ acceptee፣ refusee ወይ abandonnee።
cli-arg-escale-procedure-status-note = መዘኻኸሪ ብዛዕባ እዚ ለውጢ።
cli-arg-escale-procedure-status-on = ዕለት ለውጢ (ዓዓዓዓ-ወወ-መመ)፣ ብልሙድ ሎሚ።
cli-arg-escale-procedure-status-json = ውጽኢት ብJSON።
cli-about-escale-procedure-reopen = ዝተዓጽወ ጉዳይ (ተቐቢሉ፣ ተነጺጉ ወይ ተሓዲጉ) እንደገና ምኽፋት፣ ምኽንያቱ ዝገልጽ መዘኻኸሪ ብምጽሓፍ።
cli-arg-escale-procedure-reopen-id = መለለዪ ጉዳይ።
cli-arg-escale-procedure-reopen-note = እቲ ጉዳይ ስለምንታይ እንደገና ከም ዝኽፈት (ግዴታ)።
cli-arg-escale-procedure-reopen-status = ድሕሪ እንደገና ምኽፋት ዘሎ ኩነታት።
cli-arg-escale-procedure-reopen-on = ዕለት እንደገና ምኽፋት (ዓዓዓዓ-ወወ-መመ)፣ ብልሙድ ሎሚ።
cli-arg-escale-procedure-reopen-json = ውጽኢት ብJSON።
cli-about-escale-procedure-check = ሰነድ ናይቲ ጉዳይ ምልክት ምግባር፦ መጺኡ፣ ጎዲሉ ወይ ኣየድልን።
cli-arg-escale-procedure-check-id = መለለዪ ጉዳይ።
cli-arg-escale-procedure-check-document = ሰነድ ካብ ዝርዝር ጉዳያት (ንኣብነት rib፣ avis_imposition)።
cli-arg-escale-procedure-check-state = ኩነታት ሰነድ፦ brought፣ missing ወይ not_needed።
cli-arg-escale-procedure-check-json = ውጽኢት ብJSON።
cli-about-escale-procedure-recurrence-done = እቲ ዝጽበ ዝነበረ ጸብጻብ ወይ ምሕዳስ ከም ዝተገብረ ምምዝጋብ፤ እቲ ዝቕጽል ይሕሰብ።
cli-arg-escale-procedure-recurrence-done-id = መለለዪ ጉዳይ።
cli-arg-escale-procedure-recurrence-done-on = ዝተገብረሉ ዕለት (ዓዓዓዓ-ወወ-መመ)፣ ብልሙድ ሎሚ።
cli-arg-escale-procedure-recurrence-done-json = ውጽኢት ብJSON።
cli-about-escale-procedure-edit = ቁጽሪ ፋይል፣ ዕለታት ወይ መዘኻኸሪ ናይ ጉዳይ ምቕያር።
cli-arg-escale-procedure-edit-id = መለለዪ ጉዳይ።
cli-arg-escale-procedure-edit-reference = ቁጽሪ ፋይል።
cli-arg-escale-procedure-edit-deadline = ናይ መወዳእታ ዕለት (ዓዓዓዓ-ወወ-መመ)።
cli-arg-escale-procedure-edit-renewal = ዕለት ናይ ዝቕጽል ምሕዳስ ወይ ጸብጻብ (ዓዓዓዓ-ወወ-መመ)።
cli-arg-escale-procedure-edit-call_back = ናብቲ ሰብ ዝድወለሉ ዕለት (ዓዓዓዓ-ወወ-መመ)።
cli-arg-escale-procedure-edit-clear = ዝድምሰስ ዕለት (ክድገም ይኽእል)፦ deadline፣ renewal ወይ call-back።
cli-arg-escale-procedure-edit-notes = መዘኻኸሪ።
cli-arg-escale-procedure-edit-json = ውጽኢት ብJSON።
cli-about-escale-procedure-link = ሓገዝ ናይቲ ሰብ ምስቲ ጉዳይ ምትእስሳር።
cli-arg-escale-procedure-link-id = መለለዪ ጉዳይ።
cli-arg-escale-procedure-link-activity = መለለዪ ሓገዝ።
cli-arg-escale-procedure-link-unlink = ኣብ ክንዲ ምትእስሳር፣ ነቲ ምትእስሳር ምፍታሕ።
cli-arg-escale-procedure-link-json = ውጽኢት ብJSON።
cli-about-escale-procedure-show = ጉዳይ ምርኣይ፦ ኩነታት፣ ዕለታት፣ ሰነዳት፣ ታሪኽ፣ ዝተኣሳሰሩ ሓገዛት።
cli-arg-escale-procedure-show-id = መለለዪ ጉዳይ።
cli-arg-escale-procedure-show-json = ውጽኢት ብJSON።
cli-about-escale-procedure-list = ጉዳያት ምዝርዛር፣ እቲ ዝቐረበ ናይ መወዳእታ ዕለት ዘለዎ ቀዳማይ።
cli-arg-escale-procedure-list-beneficiary = ናይዚ ሰብ ጥራይ።
cli-arg-escale-procedure-list-json = ውጽኢት ብJSON።
cli-about-escale-catalogue = ዝርዝር ጉዳያት፦ ምዝርዛር፣ ናይ ትካል ምውሳኽ፣ ዘየድልዩ ምሕባእ።
cli-about-escale-catalogue-list = ዝቐርቡ ጉዳያት ምዝርዛር።
cli-arg-escale-catalogue-list-all = ዝተሓብኡን ካብ ጥቕሚ ዝወጹን ጉዳያት እውን።
cli-arg-escale-catalogue-list-json = ውጽኢት ብJSON።
cli-about-escale-catalogue-add = ናይዚ ትካል ፍሉይ ጉዳይ ምውሳኽ።
cli-arg-escale-catalogue-add-label = ስም ጉዳይ።
cli-arg-escale-catalogue-add-theme = ምምሕዳራዊ ዛዕባ (ንኣብነት social_sante፣ logement)።
cli-arg-escale-catalogue-add-organisation = ነቲ ጉዳይ ዝከታተል ኣካል፣ ካብ ዝርዝር (ንኣብነት caf፣ mairie)።
cli-arg-escale-catalogue-add-documents = ዝድለ ሰነድ፣ ካብ ዝርዝር (ክድገም ይኽእል)።
cli-arg-escale-catalogue-add-delay = ልሙድ ግዜ ምጽባይ መልሲ፣ ብመዓልታት።
cli-arg-escale-catalogue-add-json = ውጽኢት ብJSON።
cli-about-escale-catalogue-hide = ጉዳይ ካብ ዝርዝር ጉዳያት ምሕባእ (ድሮ ዝተጀመሩ ጉዳያት ይተርፉ)።
cli-arg-escale-catalogue-hide-id = መለለዪ ናይቲ ጉዳይ ኣብ ዝርዝር ጉዳያት።
cli-arg-escale-catalogue-hide-json = ውጽኢት ብJSON።
cli-about-escale-catalogue-show = ዝተሓብአ ጉዳይ እንደገና ምቕራብ።
cli-arg-escale-catalogue-show-id = መለለዪ ናይቲ ጉዳይ ኣብ ዝርዝር ጉዳያት።
cli-arg-escale-catalogue-show-json = ውጽኢት ብJSON።
cli-about-escale-follow-up = ክትትል ዘድልዮ፦ ዝደንጎየ፣ ሎሚ ከምኡ እውን ኣብ ውሽጢ 7 መዓልታት (ናይ መወዳእታ ዕለታት፣ ምሕዳሳት፣ ጸብጻባት፣ ደው ዝበሉ ጉዳያት፣ ምድዋላት)።
cli-arg-escale-follow-up-on = ዝሕሰበሉ መዓልቲ (ዓዓዓዓ-ወወ-መመ)፣ ብልሙድ ሎሚ።
cli-arg-escale-follow-up-count = ቁጽሪ ጥራይ።
cli-arg-escale-follow-up-json = ውጽኢት ብJSON።

cli-about-escale-consent = ፍቓዳት ናይ ሓደ ሰብ፦ ምምዝጋብ፣ ምስሓብ፣ ምዝርዛር።
cli-about-escale-consent-record = ፍቓድ ናይ ሓደ ሰብ ምምዝጋብ።
cli-arg-escale-consent-record-beneficiary = መለለዪ ናይቲ ሰብ።
cli-arg-escale-consent-record-method = ብኸመይ ከም ዝፈቐደ፦ oral ወይ signed_form (ዝተፈረመ ቅጥዒ)።
cli-arg-escale-consent-record-purposes = ዝተቐበሎ ዕላማ (ክድገም ይኽእል)፦ file_follow_up፣ administrative_procedures፣ contact_reminders ወይ partner_referral።
cli-arg-escale-consent-record-date = ዕለት ፍቓድ (ዓዓዓዓ-ወወ-መመ፤ ብልሙድ ሎሚ)።
cli-arg-escale-consent-record-json = ውጽኢት ብJSON።
cli-about-escale-consent-withdraw = ምስሓብ ፍቓድ ምምዝጋብ (እቲ ፍቓድ ከም መረጋገጺ ይተርፍ)።
cli-arg-escale-consent-withdraw-id = መለለዪ ፍቓድ።
cli-arg-escale-consent-withdraw-date = ዕለት ምስሓብ (ዓዓዓዓ-ወወ-መመ፤ ብልሙድ ሎሚ)።
cli-arg-escale-consent-withdraw-json = ውጽኢት ብJSON።
cli-about-escale-consent-list = ፍቓዳት ናይ ሓደ ሰብ ምዝርዛር፣ እቲ ሓድሽ ቀዳማይ።
cli-arg-escale-consent-list-beneficiary = መለለዪ ናይቲ ሰብ።
cli-arg-escale-consent-list-json = ውጽኢት ብJSON።

cli-about-escale-person = መሰላት ናይ ሓደ ሰብ፦ ቅዳሕ ሓበሬታኡ፣ ምድምሳስ።
cli-about-escale-person-export = Escale ብዛዕባ ሓደ ሰብ ዝሓዞ ኩሉ ምጽሓፍ፦ ብቋንቋኡ ዝንበብ ሰነድ፣ ወይ JSON።
cli-arg-escale-person-export-id = መለለዪ ናይቲ ሰብ።
cli-arg-escale-person-export-out = ዝጽሓፍ ፋይል (ናትኩም ኣካውንት ጥራይ ከንብቦ ዝኽእል)።
cli-arg-escale-person-export-json = ፋይል ብዝንበብ ጽሑፍ ዘይኮነስ ብJSON ጽሓፉ።
cli-about-escale-person-erase = መንነት፣ ሓበሬታ ርክብን መዘኻኸርን ናይ ሓደ ሰብ ንሓዋሩ ምድምሳስ፤ ሓገዛቱ ግን ብዘይ ስም ንስታቲስቲክስ ይተርፉ።
cli-arg-escale-person-erase-id = መለለዪ ናይቲ ሰብ።
cli-arg-escale-person-erase-yes = ምርግጋጽ ከይሓተቱ ደምስሱ (ንስክሪፕትታት)።
cli-arg-escale-person-erase-preview = ዝድምሰስ ጥራይ ኣርእዩ፣ ዋላ ሓንቲ ከይቀየርኩም።
cli-arg-escale-person-erase-json = ውጽኢት ብJSON።

cli-about-escale-retention = ግዜ ምዕቃብ ፋይላት፦ ምርኣይ፣ ምቕያር፣ ኣቐዲምካ ምርኣይ፣ ምትግባር።
cli-about-escale-retention-show = ግዜ ምዕቃብ ምርኣይ።
cli-arg-escale-retention-show-json = ውጽኢት ብJSON።
cli-about-escale-retention-set = ግዜ ምዕቃብ ምቕያር (ድሕሪ ናይ መወዳእታ ሓገዝ ካብ 1 ክሳብ 120 ኣዋርሕ)።
cli-arg-escale-retention-set-months = ቁጽሪ ኣዋርሕ።
cli-arg-escale-retention-set-json = ውጽኢት ብJSON።
cli-about-escale-retention-preview = ኣብ ሓደ ዕለት ብዘይ ስም ክግበሩ ዝግበኦም ፋይላት፣ ካብ መዓስ ጀሚሩ ከም ዝግበኦም ምዝርዛር።
cli-arg-escale-retention-preview-on = ዕለት (ዓዓዓዓ-ወወ-መመ፤ ብልሙድ ሎሚ)።
cli-arg-escale-retention-preview-json = ውጽኢት ብJSON።
cli-about-escale-retention-apply = ግዜ ምዕቃቦም ዝሓለፈ ፋይላት ሕጂ ብዘይ ስም ምግባር።
cli-arg-escale-retention-apply-json = ውጽኢት ብJSON።

cli-about-escale-audit = መዝገብ ምርኣይን ምቕያርን፦ መን ኣየናይ ፋይል ረኣየ ወይ ቀየረ፣ መዓስ።
cli-about-escale-audit-list = መዝገብ ምዝርዛር፣ እቲ ሓድሽ ቀዳማይ።
cli-arg-escale-audit-list-person = ፋይል ናይዚ ሰብ ዝምልከት ጥራይ።
cli-arg-escale-audit-list-limit = ዝለዓለ ቁጽሪ መስመራት።
cli-arg-escale-audit-list-offset = ዝሕለፉ መስመራት (ነቲ ዝቕጽል ገጽ ንምንባብ)።
cli-arg-escale-audit-list-json = ውጽኢት ብJSON።

cli-prompt-passphrase = ምስጢራዊ ሓረግ፦
cli-prompt-new-passphrase = ሓድሽ ምስጢራዊ ሓረግ (እንተወሓደ 10 ምልክታት)፦
cli-prompt-repeat-passphrase = ምስጢራዊ ሓረግ ድገምዎ፦
cli-passphrases-differ = እቶም ክልተ ምስጢራዊ ሓረጋት ይፈላለዩ። ዋላ ሓንቲ ኣይተፈጠረን።
cli-initialised-keyring = ዝተመስጠረ መኽዘን ኣብ { $path } ተፈጢሩ። መፍትሑ ኣብ ቀለበት መፍትሕ ናይ ሲስተም ኣሎ።
cli-initialised-passphrase = ዝተመስጠረ መኽዘን ኣብ { $path } ተፈጢሩ። ብምስጢራዊ ሓረግኩም ዝተሓለወ እዩ፦ ብዘይኡ፣ እቲ ሓበሬታ ይጠፍእ።
cli-demo-done = ናይ ኣብነት ሓበሬታ ተወሲኹ፦ { $people } ሰባት፣ { $activities } ንጥፈታት (ካብኣቶም { $workshops } ኣውደ ስራሓት)፣ { $procedures } ጉዳያት።
cli-nobody-found = ዝሰማማዕ ሰብ የለን።
cli-procedure-dates = ፋይል፦ { $reference } · ናይ መወዳእታ ዕለት፦ { $deadline } · ምሕዳስ፦ { $renewal } · ምድዋል፦ { $callBack }
cli-procedure-linked-activity = ዝተኣሳሰረ ሓገዝ፦ { $id } ({ $date })
cli-catalogue-hidden = (ተሓቢኡ)
cli-catalogue-retired = (ካብ ጥቕሚ ወጺኡ)
cli-follow-up-overdue = ዝደንጎየ ({ $count })
cli-follow-up-today = ሎሚ ({ $count })
cli-follow-up-week = ኣብ ውሽጢ 7 መዓልታት ({ $count })
cli-follow-up-nothing = ሕጂ ክትትል ዘድልዮ የለን።
cli-follow-up-count = ክትትል ዘድልዮ፦ { $overdue } ዝደንጎየ፣ { $today } ሎሚ፣ { $week } ኣብ ውሽጢ 7 መዓልታት።
cli-anonymous-person = ስም ዘይብሉ ሰብ
cli-beneficiary-details = { $birthYear ->
    [none] ዓመተ ልደት ኣይፍለጥን
   *[other] ብ{ $birthYear } ዝተወልደ/ት ({ $ageBand })
} · { $gender } · { $commune } · ሰነዳት ብ{ $documentLanguage }
cli-output-failed = ውጽኢት ክጽሓፍ ኣይተኻእለን።
cli-consent-withdrawn-on = ብ{ $date } ተሰሒቡ
cli-export-written = ሓበሬታ ናይቲ ሰብ ኣብ { $path } ተጻሒፉ። እዚ ፋይል ኣይተመስጠረን፦ ነቲ ሰብ ሃብዎ፣ ድሕሪኡ ደምስስዎ።
cli-erase-preview-title = ምድምሳስ ፋይል { $name } ({ $id })፦
cli-erase-preview-fields = ዝድምሰሱ፦ { $fields }፤
cli-erase-preview-no-fields = ዝተመልአ ሓበሬታ መንነት ወይ ርክብ የለን፤
cli-erase-preview-texts = ዝጸርዩ፦ { $accompaniments ->
    [0] መዘኻኸሪ ሓገዝ የለን
    [one] መዘኻኸሪ ናይ { $accompaniments } ሓገዝ
   *[other] መዘኻኸሪ ናይ { $accompaniments } ሓገዛት
}፣ { $procedures ->
    [0] ቁጽሪ ወይ መዘኻኸሪ ጉዳይ የለን
    [one] ቁጽርን መዘኻኸርን ናይ { $procedures } ጉዳይ
   *[other] ቁጽርታትን መዘኻኸርን ናይ { $procedures } ጉዳያት
}፣ { $statusNotes ->
    [0] መዘኻኸሪ ምቕያር ኩነታት የለን
    [one] { $statusNotes } መዘኻኸሪ ምቕያር ኩነታት
   *[other] { $statusNotes } መዘኻኸሪታት ምቕያር ኩነታት
}፤
cli-erase-preview-kept = ብዘይ ስም ንስታቲስቲክስ ዝተርፉ፦ { $accompaniments ->
    [0] ሓገዝ የለን
    [one] { $accompaniments } ሓገዝ
   *[other] { $accompaniments } ሓገዛት
}፣ { $procedures ->
    [0] ጉዳይ የለን
    [one] { $procedures } ጉዳይ (ዓይነት፣ ኩነታት፣ ናይ መወዳእታ ዕለት)
   *[other] { $procedures } ጉዳያት (ዓይነት፣ ኩነታት፣ ናይ መወዳእታ ዕለት)
}፣ { $consents ->
    [0] ፍቓድ የለን
    [one] { $consents } ፍቓድ
   *[other] { $consents } ፍቓዳት
}፣ ከምኡ እውን ዓመተ ልደት፣ ጾታ፣ ማሕበራዊ ኩነታትን ከተማን።
cli-erase-confirm = እዚ ምድምሳስ ንሓዋሩ እዩ። ንምርግጋጽ «{ $word }» ጽሓፉ፦
cli-erase-confirm-word = ደምስስ
cli-erase-cancelled = ዋላ ሓንቲ ኣይተደምሰሰን።
cli-erase-needs-confirmation = ምድምሳስ ንሓዋሩ እዩ፣ ዋላ ሓንቲ ድማ ኣይተደምሰሰን፦ እንታይ ከም ዝድምሰስ ንምርኣይን ንምርግጋጽን ነቲ ትእዛዝ ኣብ ተርሚናል ኣካይድዎ፣ ወይ --yes ወስኹ።
cli-erase-done = መንነት፣ ሓበሬታ ርክብን መዘኻኸርን ናይ ፋይል { $id } ተደምሲሶም።
cli-erase-log-busy = ካልእ ፕሮግራም ነቲ መኽዘን የንብቦ ኣሎ፦ እቲ ናይ መወዳእታ ፕሮግራም ክሳብ ዝዓጽዎ፣ ኣረጊት ቅዳሓት ኣብ መዝገብ ጽሕፈቱ ይተርፉ።
cli-retention-months = ግዜ ምዕቃብ፦ ድሕሪ ናይ መወዳእታ ሓገዝ { $months } ወርሒ።
cli-retention-nobody-due = ኣብዚ ዕለት ብዘይ ስም ዝግበር ፋይል የለን።
cli-retention-applied = { $anonymised ->
    [0] ብዘይ ስም ዝተገብረ ፋይል የለን
    [one] { $anonymised } ፋይል ብዘይ ስም ተገይሩ
   *[other] { $anonymised } ፋይላት ብዘይ ስም ተገይሮም
} (ምዕቃብ፦ { $months } ወርሒ)፤ { $pruned ->
    [one] { $pruned } ኣረጊት መስመር ካብ መዝገብ ተደምሲሱ።
   *[other] { $pruned } ኣረጊት መስመራት ካብ መዝገብ ተደምሲሶም።
}
cli-audit-empty = መዝገብ ባዶ እዩ።
cli-audit-more = ተወሳኺ መስመራት ኣለዉ፦ --offset { $offset }

## Several mediators on one computer
cli-arg-escale-mediator = እቲ ሓበሬታኡ ዝኽፈት ሓጋዚ፣ ብዙሓት ሓገዝቲ ኣብዚ ኮምፒዩተር ሓበሬታ ምስ ዝዕቅቡ («escale mediator list» ርኣዩ)።
cli-about-escale-mediator = ኣብዚ ኮምፒዩተር ሓበሬታኦም ዝዕቅቡ ሓገዝቲ፣ ነፍሲ ወከፍ ኣብ ናቱ መኽዘን፣ ብናቱ ምስጢራዊ ሓረግ።
cli-about-escale-mediator-list = ሓገዝቲ ናይዚ ኮምፒዩተር ምዝርዛር።
cli-arg-escale-mediator-list-json = ውጽኢት ብJSON።
cli-about-escale-mediator-add = ሓጋዚ ምውሳኽ፦ ሓድሽ መኽዘን፣ ብምስጢራዊ ሓረጉ ዝተሓለወ (ዝጽሓፍ፣ ወይ ተለዋዋጢ ESCALE_NEW_PASSPHRASE)።
cli-arg-escale-mediator-add-name = ኣብ ዝርዝር ሓገዝቲ ዝርአ ስም።
cli-arg-escale-mediator-add-json = ውጽኢት ብJSON።
cli-about-escale-mediator-rename = ኣብ ዝርዝር ስም ሓጋዚ ምቕያር።
cli-arg-escale-mediator-rename-id = መለለዪ ሓጋዚ («escale mediator list» ርኣዩ)።
cli-arg-escale-mediator-rename-name = እቲ ሓድሽ ስም።
cli-arg-escale-mediator-rename-json = ውጽኢት ብJSON።
cli-mediator-none = ኣብዚ ኮምፒዩተር ገና ሓበሬታ ዘለዎ ሓጋዚ የለን።
cli-mediator-unnamed = (ስም የብሉን)
cli-mediator-line = { $id }  { $name }  { $protection ->
        [keyring] ቀለበት መፍትሕ ናይ ሲስተም
        [passphrase] ምስጢራዊ ሓረግ
       *[other] ዘይፍለጥ ምሕላው፦ መፍትሕ ምድሓን ተጠቐሙ
    }
cli-mediator-added = ሓጋዚ ተወሲኹ። ሓበሬታኡ ብ«--mediator { $id }» ክፈቱ።
cli-mediator-choose = ኣብዚ ኮምፒዩተር ብዙሓት ሓገዝቲ ሓበሬታኦም ይዕቅቡ። ናትኩም ብ«--mediator ID» ምረጹ (ዝርዝር፦ «escale mediator list»)።
