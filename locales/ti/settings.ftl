# Organisation settings: the organisation (name, SIRET, contact details), its places of activity and
# the directory of local partners to refer people to.
# Tigrinya: "organisation (structure)" = ትካል, "partner" = መሻርኽቲ ትካል, "archive" = ኣብ ማህደር ምቕማጥ.

## Access log
audit-action-archive = ኣብ ማህደር ምቕማጥ
audit-entity-partner = መሻርኽቲ ትካል

## Command line: the organisation
cli-about-escale-structure = እቲ ትካል፦ ስም፣ SIRET፣ ኣድራሻን ሓበሬታ ርክብን።
cli-about-escale-structure-show = ሓበሬታ ትካል ምርኣይ።
cli-arg-escale-structure-show-json = ውጽኢት ብJSON።
cli-about-escale-structure-set = ሓበሬታ ትካል ምምላእ፤ ዝተዋህቡ ኣማራጺታት ጥራይ እዮም ዝቕየሩ።
cli-arg-escale-structure-set-name = ስም ትካል።
cli-arg-escale-structure-set-siret = ቁጽሪ SIRET (14 ኣሃዛት፣ ባዶ ቦታ ይፍቀድ፤ ንምድምሳሱ "")።
cli-arg-escale-structure-set-address = ኣድራሻ።
cli-arg-escale-structure-set-insee = INSEE ኮድ ናይ ከተማ (ንምድምሳሱ "")።
cli-arg-escale-structure-set-postal_code = ኮድ ፖስታ።
cli-arg-escale-structure-set-commune = ስም ከተማ (እንተዘይሃልዩ ካብ INSEE ኮድ ይፍለጥ)።
cli-arg-escale-structure-set-phone = ተሌፎን።
cli-arg-escale-structure-set-email = ኣድራሻ ኢመይል።
cli-arg-escale-structure-set-json = ውጽኢት ብJSON።
cli-structure-none = ገና ሓበሬታ ትካል ኣይተመልአን (escale structure set --name …)።
cli-structure-details =
    SIRET፦ { $siret }
    ኣድራሻ፦ { $address }
    ከተማ፦ { $commune }
    ተሌፎን፦ { $phone }
    ኢመይል፦ { $email }

## Command line: places of activity
cli-about-escale-place = ቦታታት ንጥፈት (ቤት ጽሕፈት ፖስታ፣ መዕረፍታት ኣውቶቡስ…)፦ ምውሳኽ፣ ምቕያር፣ ምዝርዛር፣ ኣብ ማህደር ምቕማጥ።
cli-about-escale-place-add = ቦታ ንጥፈት ምውሳኽ።
cli-arg-escale-place-add-name = ስም ቦታ።
cli-arg-escale-place-add-address = ኣድራሻ።
cli-arg-escale-place-add-insee = INSEE ኮድ ናይ ከተማ።
cli-arg-escale-place-add-postal_code = ኮድ ፖስታ።
cli-arg-escale-place-add-commune = ስም ከተማ።
cli-arg-escale-place-add-json = ውጽኢት ብJSON።
cli-about-escale-place-edit = ቦታ ንጥፈት ምቕያር፤ ዝተዋህቡ ኣማራጺታት ጥራይ እዮም ዝቕየሩ።
cli-arg-escale-place-edit-id = መለለዪ ቦታ።
cli-arg-escale-place-edit-name = ሓድሽ ስም።
cli-arg-escale-place-edit-address = ሓድሽ ኣድራሻ።
cli-arg-escale-place-edit-insee = INSEE ኮድ ናይ ከተማ (ንምድምሳሱ "")።
cli-arg-escale-place-edit-postal_code = ኮድ ፖስታ።
cli-arg-escale-place-edit-commune = ስም ከተማ።
cli-arg-escale-place-edit-json = ውጽኢት ብJSON።
cli-about-escale-place-list = ዝቐርቡ ቦታታት ንጥፈት ምዝርዛር።
cli-arg-escale-place-list-json = ውጽኢት ብJSON።
cli-about-escale-place-archive = ቦታ ኣብ ማህደር ምቕማጥ፦ ድሕሪ ሕጂ ኣይቐርብን፣ ዝሓለፉ ሓገዛት ግን ስሙ ይሕዙ።
cli-arg-escale-place-archive-id = መለለዪ ቦታ።
cli-arg-escale-place-archive-json = ውጽኢት ብJSON።
cli-place-none = ቦታ ንጥፈት የለን።
cli-place-archived = ቦታ ኣብ ማህደር ተቐሚጡ፦ { $name } ({ $id })። ድሕሪ ሕጂ ኣይቐርብን፤ ዝሓለፉ ሓገዛት ስሙ ይሕዙ።

## Command line: partners
cli-about-escale-partner = ዝርዝር ከባቢያዊ መሻርኽቲ ትካላት (CAF፣ CCAS፣ France Services፣ mission locale…)፦ ምውሳኽ፣ ምቕያር፣ ምዝርዛር፣ ኣብ ማህደር ምቕማጥ።
cli-about-escale-partner-add = ናብ ዝርዝር መሻርኽቲ ትካል ምውሳኽ።
cli-arg-escale-partner-add-name = ስም መሻርኽቲ ትካል።
cli-arg-escale-partner-add-kind = ዓይነት፦ administration፣ mediation_numerique፣ operateur_ou_organisme_en_charge፣ aide_sociale፣ insertion_professionnelle፣ aide_aux_demarches_administratives ወይ autre።
cli-arg-escale-partner-add-address = ኣድራሻ።
cli-arg-escale-partner-add-insee = INSEE ኮድ ናይ ከተማ።
cli-arg-escale-partner-add-postal_code = ኮድ ፖስታ።
cli-arg-escale-partner-add-commune = ስም ከተማ።
cli-arg-escale-partner-add-phone = ተሌፎን (ከም 3230 ዝኣመሰሉ ሓጸርቲ ቁጽርታት ይቕበሉ)።
cli-arg-escale-partner-add-email = ኣድራሻ ኢመይል።
cli-arg-escale-partner-add-hours = ሰዓታት ስራሕ (ናጻ ጽሑፍ፣ ብዙሕ መስመራት ይከኣል)።
cli-arg-escale-partner-add-notes = መዘኻኸሪ (ንመን ምርካብ ከም ዘድሊ፣ ክመጽእ ዘለዎ ወረቐታት…)።
cli-arg-escale-partner-add-json = ውጽኢት ብJSON።
cli-about-escale-partner-edit = መሻርኽቲ ትካል ምቕያር፤ ዝተዋህቡ ኣማራጺታት ጥራይ እዮም ዝቕየሩ።
cli-arg-escale-partner-edit-id = መለለዪ መሻርኽቲ ትካል።
cli-arg-escale-partner-edit-name = ሓድሽ ስም።
cli-arg-escale-partner-edit-kind = ሓድሽ ዓይነት («escale partner add --help» ርኣዩ)።
cli-arg-escale-partner-edit-address = ሓድሽ ኣድራሻ።
cli-arg-escale-partner-edit-insee = INSEE ኮድ ናይ ከተማ (ንምድምሳሱ "")።
cli-arg-escale-partner-edit-postal_code = ኮድ ፖስታ።
cli-arg-escale-partner-edit-commune = ስም ከተማ።
cli-arg-escale-partner-edit-phone = ተሌፎን።
cli-arg-escale-partner-edit-email = ኣድራሻ ኢመይል።
cli-arg-escale-partner-edit-hours = ሰዓታት ስራሕ።
cli-arg-escale-partner-edit-notes = መዘኻኸሪ።
cli-arg-escale-partner-edit-json = ውጽኢት ብJSON።
cli-about-escale-partner-list = ዝርዝር መሻርኽቲ ብቕደም ሰዓብ ፊደላት ምርኣይ።
cli-arg-escale-partner-list-kind = ናይዚ ዓይነት መሻርኽቲ ትካላት ጥራይ።
cli-arg-escale-partner-list-json = ውጽኢት ብJSON።
cli-about-escale-partner-archive = መሻርኽቲ ትካል ካብ ዝርዝር ምልጋስ።
cli-arg-escale-partner-archive-id = መለለዪ መሻርኽቲ ትካል።
cli-arg-escale-partner-archive-json = ውጽኢት ብJSON።
cli-partner-none = ኣብ ዝርዝር መሻርኽቲ ትካል የለን።
cli-partner-archived = መሻርኽቲ ትካል ካብ ዝርዝር ተላጊሱ፦ { $name } ({ $id })።

## Window: the organisation settings screen
settings-title = ትካል
settings-sections = ክፍልታት ናይዚ ስክሪን
settings-saved = ተዓቂቡ።
settings-edit = ኣስተኻኽሉ
settings-edit-named = { $name } ኣስተኻኽሉ
settings-archive = ኣብ ማህደር ኣቐምጡ
settings-archive-named = { $name } ኣብ ማህደር ኣቐምጡ
settings-save-changes = ለውጥታት ዓቅቡ
settings-address = ኣድራሻ
settings-commune = ከተማ
settings-phone = ተሌፎን
settings-email = ኣድራሻ ኢመይል

settings-structure-title = እቲ ትካል
settings-structure-help = እዚ ሓበሬታ ኣብቶም ንሰባት ዝወሃቡ ሰነዳት ይርአ።
settings-structure-name = ስም ትካል
settings-structure-siret = ቁጽሪ SIRET
settings-structure-siret-help = 14 ኣሃዛት፣ ኣብ avis de situation Insee ወይ ኣብ ወረቐት ደሞዝ ይርከብ። ግዴታ ኣይኮነን።
settings-structure-save = ሓበሬታ ትካል ዓቅቡ
settings-structure-saved = ሓበሬታ ትካል ተዓቂቡ።
settings-mediators-title = ሓገዝቲ ናይዚ ኮምፒዩተር
settings-mediators-help = ነፍሲ ወከፍ ሓበሬታኡ ብናቱ ምስጢራዊ ሓረግ ይዕቅብ።
settings-mediators-manage = ሓጋዚ ወስኹ ወይ ስምኩም ቀይሩ (ስክሪን ድሕንነት)

settings-places-title = ቦታታት ንጥፈት
settings-places-help = ሓገዝ ክምዝገብ ከሎ ዝቐርቡ ቦታታት (ቤት ጽሕፈት ፖስታ፣ መዕረፍታት ኣውቶቡስ፣ ክፍሊ ማሕበር…)። ኣብ ማህደር ዝተቐመጠ ቦታ ድሕሪ ሕጂ ኣይቐርብን፤ ዝሓለፉ ሓገዛት ግን ስሙ ይሕዙ።
settings-places-empty = ክሳብ ሕጂ ቦታ ንጥፈት የለን።
settings-place-add-open = ቦታ ወስኹ
settings-place-add = እዚ ቦታ ወስኹ
settings-place-new-title = ሓድሽ ቦታ ንጥፈት
settings-place-edit-title = ምስትኽኻል ቦታ ንጥፈት
settings-place-name = ስም ቦታ
settings-place-added = ቦታ ተወሲኹ፦ { $name }።
settings-place-saved = ቦታ ተዓቂቡ፦ { $name }።
settings-place-archived = ቦታ ኣብ ማህደር ተቐሚጡ፦ { $name }።
settings-place-archive-title = «{ $name }» ኣብ ማህደር ይቐመጥ ድዩ፧
settings-place-archive-text = ንሓደስቲ ሓገዛት ድሕሪ ሕጂ ኣይቐርብን። ድሮ ዝተመዝገቡ ሓገዛት ስሙ ይሕዙ።

settings-partners-title = መሻርኽቲ ትካላት
settings-partners-help = ሰባት ዝለኣኹሎም ትካላት ዝርዝር (CAF፣ CCAS፣ France Services፣ mission locale…)፦ ሓበሬታ ርክቦምን ሰዓታት ስራሖምን ኣብቶም ዝወሃቡ ሰነዳት ክርኣዩ ይኽእሉ።
settings-partners-empty = ክሳብ ሕጂ ኣብ ዝርዝር መሻርኽቲ ትካል የለን።
settings-partners-empty-kind = ናይዚ ዓይነት መሻርኽቲ ትካል የለን።
settings-partner-filter = ኣርእዩ
settings-partner-filter-all = ኩሎም መሻርኽቲ ትካላት
settings-partner-add-open = መሻርኽቲ ትካል ወስኹ
settings-partner-add = እዚ መሻርኽቲ ትካል ወስኹ
settings-partner-new-title = ሓድሽ መሻርኽቲ ትካል
settings-partner-edit-title = ምስትኽኻል መሻርኽቲ ትካል
settings-partner-name = ስም መሻርኽቲ ትካል
settings-partner-kind = ዓይነት ትካል
settings-partner-hours = ሰዓታት ስራሕ
settings-partner-hours-help = ከምቲ ንሰብ እትነግርዎ፣ ኣድላዪ እንተኾይኑ ብብዙሕ መስመራት፦ «ሰኑይ ክሳብ ዓርቢ 8:30 – 12:00»።
settings-partner-notes = መዘኻኸሪ
settings-partner-notes-help = ንዓኹም፦ ንመን ምርካብ ከም ዘድሊ፣ ክመጽእ ዘለዎ ወረቐታት… ኣብቶም ዝወሃቡ ሰነዳት ኣይርኣዩን።
settings-partner-added = መሻርኽቲ ትካል ተወሲኹ፦ { $name }።
settings-partner-saved = መሻርኽቲ ትካል ተዓቂቡ፦ { $name }።
settings-partner-archived = መሻርኽቲ ትካል ካብ ዝርዝር ተላጊሱ፦ { $name }።
settings-partner-archive-title = «{ $name }» ካብ ዝርዝር ይላጋስ ድዩ፧
settings-partner-archive-text = ድሕሪ ሕጂ ኣይቐርብን። ኣድላዪ እንተኾይኑ እንደገና ክትውስኽዎ ትኽእሉ ኢኹም።
