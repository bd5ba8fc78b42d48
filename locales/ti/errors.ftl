# Error messages: error-<code>, where <code> is the stable error code (crates/escale-core/src/error.rs).
# Written for the person using Escale: what is wrong, and what to do.

error-not-found = { $entity ->
        [mediator] ብዚ መለለዪ ዝፍለጥ ሓጋዚ ኣብዚ ኮምፒዩተር የለን (ዝርዝር ሓገዝቲ ርኣዩ)።
        [place] እዚ ቦታ ንጥፈት የለን ወይ ኣብ ማህደር ተቐሚጡ እዩ።
        [partner] እዚ መሻርኽቲ ትካል የለን ወይ ኣብ ማህደር ተቐሚጡ እዩ።
       *[other] እዚ ፋይል የለን ወይ ጠፊኡ እዩ።
    }
error-wrong-key = እቲ መፍትሕ ወይ ምስጢራዊ ሓረግ ምስዚ መኽዘን ሓበሬታ ኣይሰማማዕን። ዋላ ሓንቲ ኣይተቐየረን።
error-not-initialised = ኣብ { $path } መኽዘን ሓበሬታ Escale የለን። ቅድም ፍጠርዎ («escale init»)።
error-already-initialised = ኣብ { $path } መኽዘን ሓበሬታ Escale ድሮ ኣሎ። ዋላ ሓንቲ ኣይተቐየረን።
error-passphrase-required = ነዚ መኽዘን ንምኽፋት ምስጢራዊ ሓረግ የድሊ።
error-passphrase-too-short = ምስጢራዊ ሓረግ እንተወሓደ { $min } ምልክታት ክህልዎ ኣለዎ።
error-keyring-unavailable = ቀለበት መፍትሕ ናይ ሲስተም መልሲ ኣይህብን ኣሎ። ኣብ ክንድኡ ምስጢራዊ ሓረግ ተጠቐሙ።
error-key-missing-from-keyring = ቀለበት መፍትሕ ናይ ሲስተም ነቲ መፍትሕ ናይዚ መኽዘን ኣይሓዘን (ካልእ ኣካውንት ወይ ካልእ ኮምፒዩተር ድዩ፧)። ወረቐት ምድሓን ተጠቐሙ።
error-store-locked = እቲ መኽዘን ተቖሊፉ ኣሎ። ንምቕጻል ክፈትዎ።
error-schema-too-new = እዚ መኽዘን ብዝሓደሰ ሕታም Escale እዩ ተፈጢሩ። Escale ኣሐድስዎ።
error-database-busy = እቲ መኽዘን ብካልእ ፕሮግራም ተታሒዙ ኣሎ። ድሕሪ ቁሩብ እንደገና ፈትኑ።
error-disk-full = እቲ ዲስክ መሊኡ ኣሎ፦ እቲ ናይ መወዳእታ ዝኣተወ ኣይተዓቀበን፣ እቶም ቅድሚኡ ዝነበሩ ግን ጥዑያት እዮም። ቦታ ኣጽርዩ (መእከቢ ጎሓፍ፣ ዝወረዱ ፋይላት)፣ ድሕሪኡ እንደገና ፈትኑ።
error-database-corrupt = ፋይል ናይቲ መኽዘን ተበላሺዩ ኣሎ (ጌጋ ዲስክ ወይ ዝተቛረጸ ቅዳሕ)። Escale ኣብኡ ዋላ ሓንቲ ኣይጸሓፈን። ካብ ተጠባባቒ ቅዳሕ መልሱ፣ ነዚ ፋይል ድማ ንክኢላ ዓቅብዎ።
error-read-only = Escale ኣብ ፎልደር ሓበሬታኡ ክጽሕፍ ኣይክእልን ኣሎ (ዝተሓለወ USB ፍላሽ፣ ንንባብ ጥራይ ዝኸውን ዲስክ ወይ እኹል ፍቓድ የለን)። ዋላ ሓንቲ ኣይተዓቀበን። ነቲ ፎልደር ኣረጋግጹ ወይ ሓገዝ ሕተቱ።
error-file-error = ፋይል { $path } ክንበብ ወይ ክጽሓፍ ኣይተኻእለን። ቦታ ዲስክን ፍቓዳትን ኣረጋግጹ።
error-storage-error = ጌጋ ኣብ መኽዘን ሓበሬታ። ዋላ ሓንቲ ኣይተዓቀበን።
error-key-settings-damaged = ፋይል ኣቀማምጣ መፍትሕ ተበላሺዩ፣ ቅዳሑ እውን። ሓበሬታኹም ጥዑይ እዩ፦ ብመፍትሕ ምድሓን ክፈትዎ።
error-key-settings-missing = ኣቀማምጣ መፍትሕ ናይዚ መኽዘን ጠፊኡ። ሓበሬታኹም ጥዑይ እዩ፦ ኣብ ወረቐት ምድሓን ብዝተሓትመ መፍትሕ ምድሓን ክፈትዎ።
error-key-settings-too-new = ኣቀማምጣ መፍትሕ ብዝሓደሰ ሕታም Escale እዩ ተጻሒፉ (ቅርጺ { $format })። Escale ኣሐድስዎ። ዋላ ሓንቲ ኣይተቐየረን።
error-wrong-passphrase = እዚ ቅኑዕ ምስጢራዊ ሓረግ ኣይኮነን። ዋላ ሓንቲ ኣይተቐየረን።
error-recovery-key-mistyped = መፍትሕ ምድሓን ጌጋ ጽሕፈት ኣለዎ። ነፍሲ ወከፍ ጉጅለ ካብ 4 ምልክታት ኣረጋግጹ።
error-no-randomness = ሲስተም መፍትሕ ንምፍጣር ዘድልዩ ብዕድል ዝተመርጹ ቁጽርታት ኣይሃበን። ኮምፒዩተር ዓጽዩ እንደገና ክፈቱ፣ ድሕሪኡ እንደገና ፈትኑ።
error-pin-not-set = PIN ኮድ ኣይተመርጸን። ኣብ ኣቀማምጣ ድሕንነት ሓደ ምረጹ።
error-pin-settings-damaged = እቲ ዝተዓቀበ PIN ኮድ ክንበብ ኣይክእልን። ብምስጢራዊ ሓረግ ወይ ብመፍትሕ ምድሓን ክፈቱ፣ ድሕሪኡ ሓድሽ PIN ኮድ ምረጹ።
error-already-erased = መንነት፣ ሓበሬታ ርክብን መዘኻኸርን ናይዚ ሰብ ድሮ ተደምሲሱ እዩ።

# Backups
error-not-a-backup = እዚ ፋይል ተጠባባቒ ቅዳሕ Escale ኣይኮነን። ብ«.escale-backup» ዝውዳእ ፋይል ምረጹ። ዋላ ሓንቲ ኣይተቐየረን።
error-backup-truncated = እዚ ተጠባባቒ ቅዳሕ ምሉእ ኣይኮነን፦ እቲ ምቕዳሕ ተቛሪጹ ወይ USB ፍላሽ ኣቐዲሙ ወጺኡ። ካልእ ተጠባባቒ ቅዳሕ ተጠቐሙ። ናይ ሕጂ ሓበሬታኹም ኣይተቐየረን።
error-backup-damaged = እዚ ተጠባባቒ ቅዳሕ ተበላሺዩ ወይ ድሕሪ ምስራሑ ተቐይሩ እዩ፦ Escale ክጥቀመሉ ኣይደልን። ካልእ ተጠባባቒ ቅዳሕ ተጠቐሙ። ናይ ሕጂ ሓበሬታኹም ኣይተቐየረን።
error-backup-too-new = እዚ ተጠባባቒ ቅዳሕ ብዝሓደሰ ሕታም Escale እዩ ተሰሪሑ። Escale ኣሐድስዎ፣ ድሕሪኡ እንደገና ፈትኑ። ዋላ ሓንቲ ኣይተቐየረን።
error-backup-wrong-secret = እዚ መፍትሕ ምድሓን ወይ ምስጢራዊ ሓረግ ነዚ ተጠባባቒ ቅዳሕ ኣይኸፍቶን። ኣረጋግጽዎ፦ እቲ ተጠባባቒ ቅዳሕ ኣብ ዝተሰርሓሉ እዋን ናይቲ መኽዘን ዝነበረ እዩ ዘድሊ። ዋላ ሓንቲ ኣይተቐየረን።
error-backup-needs-recovery-key = እዚ ተጠባባቒ ቅዳሕ ብመፍትሕ ምድሓን (ኣብ ወረቐት ምድሓን ዝተሓትመ) እዩ ዝኽፈት፣ ብምስጢራዊ ሓረግ ኣይኮነን። ዋላ ሓንቲ ኣይተቐየረን።
error-backup-cancelled = ተጠባባቒ ቅዳሕ ተሰሪዙ። ዝተረፈ ፋይል ተጠባባቒ ቅዳሕ የለን።
error-work-cancelled = ስራሕ ተሰሪዙ፦ ዝተቐየረ ነገር የለን።
error-restore-over-existing-data = ኣብ { $path } መኽዘን ሓበሬታ Escale ድሮ ኣሎ። ብተጠባባቒ ቅዳሕ ክትትክእዎ እንተደሊኹም፣ ብንጹር ሕተቱ፦ እቲ ናይ ሕጂ መኽዘን ኣብዚ ፎልደር ንጎኒ ክቕመጥ እዩ፣ ፈጺሙ ኣይድምሰስን። ዋላ ሓንቲ ኣይተቐየረን።
error-restore-interrupted = ምምላስ ኣብ መንጎ ደው ኢሉ። ናይ ቅድሚ ሕጂ ሓበሬታኹም ኣብ ፎልደር { $path } ጥዑይ እዩ። ዋላ ሓንቲ ኣይተጥፍኡ፣ ሓገዝ ድማ ሕተቱ።

error-name-required = ቀዳማይ ስም ወይ ስም ስድራ ጽሓፉ።
error-birth-year-out-of-range = ዓመተ ልደት ኣብ መንጎ 1900ን { $max }ን ክኸውን ኣለዎ።
error-insee-code-invalid = INSEE ኮድ ናይ ከተማ 5 ምልክታት ክህልዎ ኣለዎ።
error-postal-code-invalid = ኮድ ፖስታ 5 ኣሃዛት ክህልዎ ኣለዎ።
error-commune-unknown = INSEE ኮድ { $code } ዘለዎ ከተማ የለን። ከተማ ካብ ዝርዝር ምረጹ።
error-postal-code-not-of-commune = ኮድ ፖስታ { $postalCode } ናይዚ ከተማ ኣይኮነን። ከተማ ካብ ዝርዝር ምረጹ።
error-email-invalid = እቲ ኣድራሻ ኢመይል ቅኑዕ ኣይኮነን።
error-phone-invalid = ቁጽሪ ተሌፎን ቅኑዕ ኣይኮነን።
error-language-invalid = ዘይፍለጥ ኮድ ቋንቋ፦ { $code }።
error-unknown-code = ኣብ { $field } ዘይፍለጥ ዋጋ «{ $code }» ኣሎ።
error-too-long = እዚ ጽሑፍ ኣዝዩ ነዊሕ እዩ (እንተበዝሐ { $max } ምልክታት)።
error-not-in-latin-letters = ነዚ ስም ብላቲን ፊደላት ጽሓፍዎ፣ ከምቲ ኣብ ፈረንሳዊ ወረቐታት ዘሎ።
error-theme-required = እንተወሓደ ሓደ ዛዕባ ምረጹ።
error-administrative-theme-without-procedure-help = ምምሕዳራዊ ዛዕባታት ምስ «ሓገዝ ኣብ ምምሕዳራዊ ጉዳያት» እዮም ዝኸዱ፦ ንዕኡ እውን ምልክት ግበሩሉ።
error-procedure-name-without-procedure-help = ስም ጉዳይ ምስ ዛዕባ «ሓገዝ ኣብ ምምሕዳራዊ ጉዳያት» እዩ ዝኸይድ።
error-place-required = ቦታ ንጥፈት ምረጹ።
error-commune-required = እቲ ሓገዝ ዝተገብረሉ ከተማ ኣመልክቱ።
error-duration-out-of-range = ዝወሰዶ ግዜ ኣብ መንጎ 1 ደቒቕን 24 ሰዓታትን ክኸውን ኣለዎ።
error-date-in-future = እቲ ዕለት ናይ መጻኢ ክኸውን ኣይክእልን።
error-individual-needs-one-beneficiary = ውልቃዊ ሓገዝ ንሓደ ሰብ ጥራይ እዩ።
error-workshop-needs-participants = ኣውደ ስራሕ እንተወሓደ ሓደ ክትትል ዝግበረሉ ተሳታፊ ወይ ቁጽሪ ስም ዘይብሎም ተሳተፍቲ ክህልዎ ኣለዎ።
error-anonymous-count-exceeds-total = { $group ->
    [alreadyAccompanied] ቅድሚ ሕጂ ሓገዝ ዝረኸቡ ተሳተፍቲ ካብ ጠቕላላ ቁጽሪ ስም ዘይብሎም ተሳተፍቲ ይበዝሑ።
    [gender] ምምቕቓል ብጾታ ካብ ጠቕላላ ቁጽሪ ስም ዘይብሎም ተሳተፍቲ ይበዝሕ።
    [ageBand] ምምቕቓል ብደረጃ ዕድመ ካብ ጠቕላላ ቁጽሪ ስም ዘይብሎም ተሳተፍቲ ይበዝሕ።
    [socialStatus] ምምቕቓል ብማሕበራዊ ኩነታት ካብ ጠቕላላ ቁጽሪ ስም ዘይብሎም ተሳተፍቲ ይበዝሕ።
   *[other] ምምቕቓላት ስም ዘይብሎም ተሳተፍቲ ካብ ጠቕላላ ቁጽሮም ይበዝሑ።
}
error-anonymous-total-too-large = ሓደ ኣውደ ስራሕ እንተበዝሐ { $max } ስም ዘይብሎም ተሳተፍቲ ክህልዎ ይኽእል።
error-field-not-applicable = እዚ ሓበሬታ ንዓይነት እዚ ንጥፈት ኣይምልከቶን።
error-duplicate-participant = እዚ ሰብ ኣብ ዝርዝር ተሳተፍቲ ክልተ ግዜ ኣሎ።
error-status-unchanged = እቲ ጉዳይ ድሮ እዚ ኩነታት እዚ ኣለዎ።
error-date-invalid = እዚ ዕለት ቅኑዕ ኣይኮነን።
error-pin-invalid = PIN ኮድ ካብ 4 ክሳብ 12 ኣሃዛት ይህልዎ።
error-idle-minutes-out-of-range = ግዜ ክሳብ ምቕላፍ ካብ 1 ክሳብ { $max } ደቓይቕ እዩ።
error-consent-purpose-required = እቲ ሰብ ዝሰማማዓሉ እንተወሓደ ሓደ ዕላማ ምረጹ።
error-withdrawal-before-consent = ፍቓድ ዝተሰሕበሉ ዕለት ቅድሚ ፍቓድ ዝተዋህበሉ ዕለት ክኸውን ኣይክእልን።
error-consent-already-withdrawn = እዚ ፍቓድ ድሮ ተሰሒቡ እዩ።
error-retention-out-of-range = ግዜ ምዕቃብ ኣብ መንጎ { $min }ን { $max }ን ኣዋርሕ ክኸውን ኣለዎ።
error-mediator-not-chosen = ኣብዚ ኮምፒዩተር ብዙሓት ሓገዝቲ ሓበሬታኦም ይዕቅቡ። ናትኩም ምረጹ።
error-keyring-shared-by-mediators = ብዙሓት ሓገዝቲ ነዚ ኮምፒዩተር ይጥቀምሉ፦ ነፍሲ ወከፍ ሓበሬታኡ ብናቱ ምስጢራዊ ሓረግ ይሕሉ። ቀለበት መፍትሕ ናይ ሲስተም እኹል ኣይኮነን፣ ምኽንያቱ ነዚ ኣካውንት ኮምፒዩተር ዝጥቀም ዝኾነ ሰብ ክንብቦ ይኽእል።
error-mediator-name-required = ስም ናይቲ ሓጋዚ ጽሓፉ።
error-control-characters = ኣብዚ ጽሑፍ ክዕቀቡ ዘይክእሉ ዘይረኣዩ ምልክታት ኣለዉ። ነቲ ጽሑፍ እንደገና ጽሓፍዎ።
error-status-transition-not-allowed = እቲ ጉዳይ ካብ ናይ ሕጂ ኩነታቱ ብቐጥታ ናብዚ ክሰጋገር ኣይክእልን።
error-procedure-closed = እዚ ጉዳይ ተዓጽዩ እዩ፦ ኩነታቱ ንምቕያር፣ ምኽንያቱ ዝገልጽ መዘኻኸሪ ጽሒፍኩም እንደገና ክፈትዎ።
error-procedure-not-closed = እንደገና ክኽፈት ዝኽእል ዝተዓጽወ ጉዳይ (ዝተቐበለ፣ ዝተነጸገ ወይ ዝተሓደገ) ጥራይ እዩ።
error-reopen-note-required = እቲ ጉዳይ ስለምንታይ እንደገና ከም ዝኽፈት ብመዘኻኸሪ ጽሓፉ።
error-date-before-previous-step = እዚ ስጉምቲ ቅድሚ እቲ ዝሓለፈ ስጉምቲ ({ $date }) ክኸውን ኣይክእልን።
error-no-recurrence-due = እዚ ጉዳይ ዝግበር ጸብጻብ ወይ ምሕዳስ የብሉን።
error-activity-not-of-this-person = እዚ ሓገዝ ነቲ ናይዚ ጉዳይ ሰብ ኣይምልከቶን።
error-catalogue-label-required = ነቲ ጉዳይ ስም ሃብዎ።
error-theme-not-administrative = ምምሕዳራዊ ዛዕባ ምረጹ።
error-delay-out-of-range = ልሙድ ግዜ ምጽባይ ካብ 1 ክሳብ { $max } መዓልታት እዩ።
error-entity-name-required = { $entity ->
        [structure] ስም ናይቲ ትካል ጽሓፉ።
        [place] ስም ናይቲ ቦታ ንጥፈት ጽሓፉ።
       *[partner] ስም ናይቲ መሻርኽቲ ትካል ጽሓፉ።
    }
error-siret-invalid = ቁጽሪ SIRET 14 ኣሃዛት ኣለዎ (ኣብ መንጎ ጉጅለታት ባዶ ቦታ ይፍቀድ)።
error-siret-mistyped = እዚ ቁጽሪ SIRET የለን፦ ሓደ ኣሃዝ ብጌጋ ተቐዲሑ ክኸውን ይኽእል። ኣብ ሰነድ ናይቲ ትካል ኣረጋግጽዎ (avis de situation Insee፣ ወረቐት ደሞዝ፣ ፋቱራ)።
error-stored-value-unreadable = ሓደ ዝተዓቀበ ሓበሬታ እንደገና ክንበብ ኣይክእልን ({ $entity } { $id })፦ ተበላሺዩ ወይ ብዝሓደሰ ሕታም Escale ተጻሒፉ እዩ።

# Saving a file (a printed document) in the folder chosen.
error-save-folder-not-writable = ኣብ ፎልደር { $path } ክዕቀብ ኣይከኣለን፦ እቲ ፎልደር የለን፣ ካብ ምጽሓፍ ተሓልዩ ኣሎ (ዝተቖልፈ USB ፍላሽ)፣ ወይ ናትኩም ኣይኮነን። ዋላ ሓንቲ ኣይተዓቀበን። ካልእ ፎልደር ምረጹ።
error-save-disk-full = ኣብቲ ዲስክ ወይ USB ፍላሽ ናይ ፎልደር { $path } ቦታ የለን፦ እቲ ፋይል ኣይተዓቀበን፣ ኣብኡ ድማ ዋላ ሓንቲ ኣይተረፈን። ቦታ ኣጽርዩ ወይ ካልእ ፎልደር ምረጹ።
error-document-not-rendered = Escale ነዚ ሰነድ ክሰርሖ ኣይከኣለን (ውሽጣዊ ጌጋ)። ዋላ ሓንቲ ኣይተዓቀበን። እንደገና ፈትኑ፣ ወይ ነቲ ጸገም ሓብሩ።

# Errors that do not come from the core.
error-unexpected = ዘይተጸበናዮ ጌጋ ኣጋጢሙ። ዋላ ሓንቲ ኣይተዓቀበን።
error-command-failed = እቲ ስራሕ ብዘይተጸበናዮ መንገዲ ደው ኢሉ። ዋላ ሓንቲ ኣይተዓቀበን። እንደገና ፈትኑ።
error-merge-with-itself = ሓደ ፋይል ምስ ርእሱ ክጽንበር ኣይክእልን። ካልእ ፋይል ምረጹ።
error-value-not-understood = { $fieldId ->
    [gender] ጾታ ኣይተፈልጠን፦ F፣ M ወይ N ጽሓፉ (ኣንስተይቲ፣ ተባዕታይ፣ ዘይተሓበረ)።
    [birthYear] ዓመተ ልደት ኣይተፈልጠን፦ ብኣርባዕተ ኣሃዛት ዓመት (1970) ወይ ዕለት (12/03/1970) ጽሓፉ።
   *[other] እቲ ዋጋ ኣይተፈልጠን።
}
