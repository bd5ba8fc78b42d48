# A person's file: correct, delete and restore an accompaniment, the history,
# likely duplicates, merging two files and undoing the merge.

## Command line
cli-about-escale-activity-edit = ሓገዝ ወይ ኣውደ ስራሕ ምእራም፦ ዝተዋህቡ ኣማራጺታት ጥራይ እዮም ዝቕየሩ።
cli-arg-escale-activity-edit-id = መለለዪ ናይቲ ንጥፈት።
cli-arg-escale-activity-edit-date = ሓድሽ ዕለት (ዓዓዓዓ-ወወ-መመ)።
cli-arg-escale-activity-edit-duration = ሓድሽ ግዜ ብደቓይቕ።
cli-arg-escale-activity-edit-themes = ዛዕባ (ሃገራዊ ኮድ፤ ክድገም ይኽእል፤ ንኹሎም ዛዕባታት ይትክእ)።
cli-arg-escale-activity-edit-notes = ሓድሽ መዘኻኸሪ።
cli-arg-escale-activity-edit-next_steps = ሓደስቲ ዝቕጽሉ ስጉምትታት።
cli-arg-escale-activity-edit-json = ውጽኢት ብJSON።
cli-about-escale-activity-delete = ንጥፈት ምጥፋእ። ድሒሩ ክምለስ ይኽእል።
cli-arg-escale-activity-delete-id = መለለዪ ናይቲ ንጥፈት።
cli-arg-escale-activity-delete-json = ውጽኢት ብJSON።
cli-about-escale-activity-restore = ዝጠፍአ ንጥፈት ምምላስ።
cli-arg-escale-activity-restore-id = መለለዪ ናይቲ ንጥፈት።
cli-arg-escale-activity-restore-json = ውጽኢት ብJSON።
cli-activity-deleted = ንጥፈት { $id } ጠፊኡ። ንምምላሱ፦ escale activity restore { $id }
cli-about-escale-beneficiary-timeline = ታሪኽ ናይ ሓደ ሰብ ምርኣይ፦ ሓገዛት፣ ኣውደ ስራሓት፣ ስጉምትታት ጉዳያት፣ ካብ እቲ ሓድሽ ናብ እቲ ዝኣረገ።
cli-arg-escale-beneficiary-timeline-id = መለለዪ ናይቲ ሰብ።
cli-arg-escale-beneficiary-timeline-limit = ዝለዓለ ቁጽሪ መስመራት።
cli-arg-escale-beneficiary-timeline-json = ውጽኢት ብJSON።
cli-timeline-empty = ነዚ ሰብ ገና ዝተመዝገበ ነገር የለን።
cli-about-escale-beneficiary-merge = ናይ ሓደ ሰብ ክልተ ፋይላት ምጽንባር። ብዘይ --yes፣ እቲ ምጽንባር እንታይ ከም ዝገብር ጥራይ የርኢ።
cli-arg-escale-beneficiary-merge-kept = መለለዪ ናይቲ ዝዕቀብ ፋይል።
cli-arg-escale-beneficiary-merge-other = መለለዪ ናይቲ ዝተደገመ ፋይል፣ ምስቲ ዝዕቀብ ፋይል ዝጽንበር።
cli-arg-escale-beneficiary-merge-yes = ብሓቂ ኣጽንብሩ።
cli-arg-escale-beneficiary-merge-json = ውጽኢት ብJSON።
cli-merge-preview = እቲ ዝዕቀብ ፋይል { $accompaniments ->
        [one] { $accompaniments } ሓገዝ
       *[other] { $accompaniments } ሓገዛት
    }፣ { $procedures ->
        [one] { $procedures } ጉዳይ
       *[other] { $procedures } ጉዳያት
    }ን { $consents ->
        [one] { $consents } ፍቓድ
       *[other] { $consents } ፍቓዳት
    }ን ክቕበል እዩ። ዝውሰኽ ሓበሬታ፦ { $fields }። ንምጽንባር --yes ወስኹ።
cli-merged = ፋይላት ተጸንቢሮም። ንምስራዝ፦ escale beneficiary unmerge { $merge }
cli-about-escale-beneficiary-unmerge = ምጽንባር ምስራዝ፦ ክልቲኦም ፋይላት ከም ቀደሞም ይምለሱ።
cli-arg-escale-beneficiary-unmerge-merge = መለለዪ ናይቲ ምጽንባር (እቲ ምጽንባር ምስ ተገብረ ዝተዋህበ)።
cli-arg-escale-beneficiary-unmerge-json = ውጽኢት ብJSON።
cli-unmerged = ምጽንባር ተሰሪዙ። ፋይል { $id } ተመሊሱ።
cli-likely-duplicate = ጥንቃቐ፦ ተመሳሳሊ ስምን ዓመተ ልደትን ዘለዎ ሰብ ድሮ ኣሎ ({ $id })። እቲ ሓደ ሰብ እንተኾይኑ፣ ፋይላት ኣጽንብሩ፦ escale beneficiary merge

## The person's file
undo = ሰርዙ
file-timeline = ታሪኽ
file-timeline-older = ናይ ቀደም ርኣዩ
file-workshop-participants = { $count ->
        [one] { $count } ተሳታፊ
       *[other] { $count } ተሳተፍቲ
    }
file-activity-edit = ኣርሙ
file-activity-delete = ኣጥፍኡ
file-activity-restore = መልሱ
file-activity-deleted = ናይ { $date } ሓገዝ ጠፊኡ።
file-activity-restored = ሓገዝ ተመሊሱ።
file-deleted-activities = { $count ->
        [one] { $count } ዝጠፍአ ሓገዝ
       *[other] { $count } ዝጠፍኡ ሓገዛት
    }

## Merging two files
merge-open = ምስ ካልእ ፋይል ኣጽንብሩ
merge-title = ካልእ ፋይል ምስ ፋይል { $name } ኣጽንብሩ
merge-explanation = እዚ ሰብ ክልተ ፋይላት እንተለዎ፣ ነቲ ካልኣይ ድለዩ። እዚ ፋይል እዚ ይዕቀብ፤ ሓገዛት፣ ጉዳያትን ፍቓዳትን ናይቲ ካልኣይ፣ ከምኡ እውን ዝጎደሎ ሓበሬታ ይቕበል።
merge-search = ነቲ ካልእ ፋይል ድለዩ (ቀዳማይ ስም ወይ ስም ስድራ)
merge-preview-into = ፋይል { $other } ምስ ፋይል { $kept } ክጽንበር እዩ።
merge-preview-no-field = ናብቲ ዝዕቀብ ፋይል ዝውሰኽ ሓበሬታ የለን።
merge-preview-fields = ናብቲ ዝዕቀብ ፋይል ዝውሰኽ ሓበሬታ፦ { $fields }።
merge-preview-accompaniments = { $count ->
        [0] ዝሰጋገር ሓገዝ የለን።
        [one] { $count } ሓገዝ ይሰጋገር።
       *[other] { $count } ሓገዛት ይሰጋገሩ።
    }
merge-preview-procedures = { $count ->
        [0] ዝሰጋገር ጉዳይ የለን።
        [one] { $count } ጉዳይ ይሰጋገር።
       *[other] { $count } ጉዳያት ይሰጋገሩ።
    }
merge-preview-consents = { $count ->
        [0] ዝሰጋገር ፍቓድ የለን።
        [one] { $count } ፍቓድ ይሰጋገር።
       *[other] { $count } ፍቓዳት ይሰጋገሩ።
    }
merge-preview-undo = ካብዚ ፋይል ነቲ ምጽንባር ክትሰርዝዎ ትኽእሉ ኢኹም።
merge-field-name = ስም ናይቲ ሰብ
merge-confirm = ክልቲኦም ፋይላት ኣጽንብሩ
merge-done = ፋይላት ተጸንቢሮም።
merge-undone = ምጽንባር ተሰሪዙ፦ ክልቲኦም ፋይላት ተመሊሶም።
merge-history = ምጽንባራት
merge-made-on = ፋይል ዝተጸንበረሉ ዕለት፦ { $date }
merge-undo = ምጽንባር ሰርዙ

## Likely duplicates
duplicate-warning = እዚ ሰብ ድሮ ተመዝጊቡ ክኸውን ይኽእል (ተመሳሳሊ ስም፣ ተመሳሳሊ ዓመተ ልደት)፦
duplicate-open = ፋይሉ ክፈቱ
