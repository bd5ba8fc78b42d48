# Screens for procedures followed in the window (ui/src/features/procedures and follow-up):
# the person's file, starting a procedure, a procedure's screen, the "to follow up" list
# and the organisation's catalogue. Short sentences, everyday words.
# Tigrinya: "procedure" = ጉዳይ (plural ጉዳያት), "required document" = ሰነድ, "catalogue" = ዝርዝር ጉዳያት.

shortcut-follow-up = Ctrl+U

## In a person's file

procedures-open-title = { $count ->
    [0] ኣብ መስርሕ ዘለዉ ጉዳያት
   *[other] ኣብ መስርሕ ዘለዉ ጉዳያት ({ $count })
}
procedures-start = ሓድሽ ጉዳይ ጀምሩ
procedures-none-open = ኣብ መስርሕ ዘሎ ጉዳይ የለን።
procedures-closed-title = { $count ->
    [one] { $count } ዝተወደአ ጉዳይ
   *[other] { $count } ዝተወድኡ ጉዳያት
}
procedures-deadline = ናይ መወዳእታ ዕለት፦ { $date }
procedures-next-renewal = ምሕዳስ፦ { $date }
procedures-next-declaration = ዝቕጽል ጸብጻብ፦ { $date }
procedures-call-back = ብ{ $date } ደጊምኩም ደውሉ
procedures-documents-missing = { $count ->
    [0] ኩሎም ሰነዳት ኣለዉ
    [one] { $count } ዝጎደለ ሰነድ
   *[other] { $count } ዝጎደሉ ሰነዳት
}

## What is known about a catalogue procedure

procedure-for = ንመን፦
procedure-own-entry = ናይዚ ትካል ፍሉይ
procedure-facts-organisation = ዝምልከቶ ኣካል
procedure-facts-theme = ዛዕባ
procedure-facts-delay = ልሙድ ግዜ ምጽባይ
procedure-facts-days = { $days ->
    [one] { $days } መዓልቲ
   *[other] { $days } መዓልታት
}
procedure-facts-every = ኣብ ነፍሲ ወከፍ { $months } ወርሒ
procedure-facts-documents = ዝድለዩ ሰነዳት
procedure-facts-no-document = ኣብ ዝርዝር ሰነድ የለን።

## Starting a procedure

procedure-start-title = ሓድሽ ጉዳይ ምጅማር
procedure-start-search = ኣየናይ ጉዳይ፧
procedure-start-search-help = ካብ ስም ጉዳይ ወይ ዝምልከቶ ኣካል ገለ ፊደላት ጽሓፉ። ንምምራጽ ቀስትታት ↑ ↓፣ ንምርግጋጽ Enter።
procedure-start-results = { $count ->
    [0] ጉዳይ የለን
    [one] { $count } ጉዳይ
   *[other] { $count } ጉዳያት
}
procedure-start-no-match = ምስ «{ $query }» ዝሰማማዕ ጉዳይ የለን።
procedure-start-manage-catalogue = እቲ ጉዳይ ኣብ ዝርዝር የለን ድዩ፧ ናብ ዝርዝር ጉዳያት ወስኽዎ።
procedure-start-nothing-chosen = ካብ ዝርዝር ጉዳይ ምረጹ።
procedure-start-status = እቲ ጉዳይ ኣበየናይ ደረጃ በጺሑ፧
procedure-start-status-a_faire = ክግበር ዘለዎ
procedure-start-status-deposee = ድሮ ቀሪቡ
procedure-start-status-acceptee = ድሮ ተቐቢሉ፦ ምሕዳሳት ተኸታተሉ
procedure-started-on = ካብ ዕለት
procedure-start-confirm = ክትትል ጀምሩ

## A procedure's screen

procedure-screen-since = ካብ { $date } ጀሚሩ
procedure-change-status = ኩነታት ቀይሩ
procedure-next-status = ሓድሽ ኩነታት
procedure-screen-status-on = ዕለት
procedure-screen-status-note = መዘኻኸሪ (ግዴታ ኣይኮነን)
procedure-screen-status-save = ኩነታት ዓቅቡ
procedure-reopen-title = ጉዳይ እንደገና ምኽፋት
procedure-reopen-open = ጉዳይ እንደገና ክፈቱ…
procedure-closed-title = ዝተወደአ ጉዳይ
procedure-reopen-explanation = እዚ ጉዳይ ተወዲኡ እዩ። ንምቕጻሉ (ይግባይ፣ ሓድሽ ጠለብ፣ ዝተሰሕበ ውሳነ)፣ እንደገና ክፈትዎ እሞ ምኽንያቱ ጽሓፉ።
procedure-reopen-status = ብዚ ኩነታት ቀጽሉ
procedure-reopen-note = ስለምንታይ እንደገና ይኽፈት፧ (ግዴታ)
procedure-reopen-save = ጉዳይ እንደገና ክፈቱ
procedure-history = ታሪኽ
procedure-step-reopened = እንደገና ተኸፊቱ፦ { $status }

procedure-screen-documents-count = ዝመጹ ሰነዳት፦ { $brought } ካብ { $total }
procedure-screen-brought-on = ብ{ $date } መጺኡ
procedure-screen-not-needed = ኣየድልን
procedure-screen-not-needed-label = { $document }፦ ኣየድልን፣ ካብ ዝርዝር ኣልግስዎ
procedure-screen-add-document = ናብ ዝርዝር ሰነድ ወስኹ
procedure-screen-choose-document = ሰነድ ምረጹ…
procedure-screen-add-document-button = ወስኹ

procedure-next-renewal-on = ምሕዳስ ዝግበረሉ ዕለት፦ { $date }
procedure-next-declaration-on = ጸብጻብ ዝግበረሉ ዕለት፦ { $date }
procedure-renewal-done = ምሕዳስ ተገይሩ
procedure-declaration-done = ጸብጻብ ተገይሩ
procedure-recurrence-done-help = ሎሚ ከም ዝተገብረ ይምዝግብ። ዝቕጽል ዕለት ባዕሉ ይሕሰብ።

procedure-details = መወከሲ ቁጽሪ፣ ዕለታትን መዘኻኸርን
procedure-reference-label = ቁጽሪ ፋይል ወይ ጠለብ
procedure-deadline-label = ናይ መወዳእታ ዕለት
procedure-renewal-label = ዕለት ምሕዳስ
procedure-declaration-label = ዕለት ዝቕጽል ጸብጻብ
procedure-call-back-label = ናብቲ ሰብ ዝድወለሉ ዕለት
procedure-notes-label = መዘኻኸሪ
procedure-details-save = ዓቅቡ
procedure-details-unsaved = ገና ዘይተዓቀቡ ለውጥታት

procedure-activities = { $count ->
    [0] ዝተኣሳሰሩ ሓገዛት
   *[other] ዝተኣሳሰሩ ሓገዛት ({ $count })
}
procedure-no-activity = ምስዚ ጉዳይ ዝተኣሳሰረ ሓገዝ የለን።
procedure-activity-line = { $date }፦ { $themes }
procedure-link = ሓገዝ ናይዚ ሰብ ኣተኣሳስሩ
procedure-link-choose = ሓገዝ ምረጹ…
procedure-link-button = ኣተኣሳስሩ
procedure-unlink = ፍለዩ
procedure-unlink-label = ናይ { $date } ሓገዝ ፍለዩ

## Confirmations

procedure-toast-started = ጉዳይ ተጀሚሩ።
procedure-toast-status = ኩነታት ተዓቂቡ፦ { $status }።
procedure-toast-reopened = ጉዳይ እንደገና ተኸፊቱ፦ { $status }።
procedure-toast-document-brought = ሰነድ መጺኡ፦ { $document }።
procedure-toast-document-missing = ዝጎደለ ሰነድ፦ { $document }።
procedure-toast-document-not_needed = ሰነድ ካብ ዝርዝር ተላጊሱ፦ { $document }።
procedure-toast-document-added = ሰነድ ናብ ዝርዝር ተወሲኹ፦ { $document }።
procedure-toast-saved = ተዓቂቡ።
procedure-toast-recurrence-done = ተመዝጊቡ።
procedure-toast-recurrence-done-next = ተመዝጊቡ። ዝቕጽል ግዜ፦ { $date }።
procedure-toast-linked = ሓገዝ ተኣሳሲሩ።
procedure-toast-unlinked = ሓገዝ ተፈልዩ።

## To follow up

follow-up-title = ክትትል ዘድልዮ
follow-up-subtitle = ሎሚ፣ { $date }፣ ከምኡ እውን ዝቕጽሉ 7 መዓልታት
follow-up-help = Enter ወይ ክሊክ፦ ጉዳይ ክፈቱ። ካብ ሓደ መስመር ናብ ካልእ ንምኻድ ቀስትታት ↑ ↓።
follow-up-empty = ኣብዚ ሰሙን ክትትል ዘድልዮ የለን።
follow-up-overdue = ዝደንጎየ ({ $count })
follow-up-today = ሎሚ ({ $count })
follow-up-week = ኣብዚ ሰሙን ({ $count })
follow-up-more = ተወሳኺ ኣርእይ ({ $count } ተወሳኺ)
follow-up-why-deadline = ናይ መወዳእታ ዕለት፦ { $date }
follow-up-why-renewal = ምሕዳስ ብ{ $date }
follow-up-why-renewal-prepare = ምሕዳስ ብ{ $date }፣ ካብ { $start } ጀሚሩ ክዳሎ ዘለዎ
follow-up-why-declaration = ጸብጻብ ብ{ $date }
follow-up-why-declaration-prepare = ጸብጻብ ብ{ $date }፣ ካብ { $start } ጀሚሩ ክዳሎ ዘለዎ
follow-up-why-stuck = ካብ { $date } ጀሚሩ { $status }፦ ነዊሕ ግዜ ወሲዱ
follow-up-why-call-back = ብ{ $date } ደጊምኩም ደውሉ
follow-up-open-file = ፋይል
follow-up-open-title = ዝርዝር «ክትትል ዘድልዮ» ክፈቱ (Ctrl+U)
follow-up-count = ኣብዚ ሰሙን ክትትል ዘድልዮ፦ { $count }
follow-up-count-overdue = ካብኡ { $count } ዝደንጎየ
follow-up-count-none = ኣብዚ ሰሙን ክትትል ዘድልዮ የለን

## The organisation's catalogue of procedures

catalogue-title = ዝርዝር ጉዳያት
catalogue-intro = ትካልኩም ፈጺሙ ዘይገብሮም ጉዳያት ምልክት ኣልግስሎም፦ ድሕሪ ሕጂ ኣይቐርቡን። ድሮ ዝተጀመሩ ጉዳያት ኣይቕየሩን።
catalogue-filter = ኣብ ዝርዝር ጉዳያት ድለዩ
catalogue-hidden-count = { $count ->
    [one] { $count } ዝተሓብአ ጉዳይ
   *[other] { $count } ዝተሓብኡ ጉዳያት
}
catalogue-no-match = ምስ «{ $query }» ዝሰማማዕ ጉዳይ የለን።
catalogue-state-offered = ይቐርብ
catalogue-state-hidden = ተሓቢኡ
catalogue-add-open = ናይ ትካል ጉዳይ ወስኹ
catalogue-add-title = ሓድሽ ናይ ትካል ጉዳይ
catalogue-new-label = ስም ጉዳይ
catalogue-new-label-help = ከምቲ ብጾትኩም ዝደልይዎ። ኣይትርጎምን።
catalogue-choose-theme = ዛዕባ ምረጹ…
catalogue-no-organisation = ኣይተገለጸን
catalogue-new-delay = ልሙድ ግዜ ምጽባይ (መዓልታት)
catalogue-new-documents = { $count ->
    [0] ዝድለዩ ሰነዳት
    [one] ዝድለዩ ሰነዳት ({ $count } ተመሪጹ)
   *[other] ዝድለዩ ሰነዳት ({ $count } ተመሪጾም)
}
catalogue-document-search = ሰነድ ድለዩ…
catalogue-add-save = ናብ ዝርዝር ጉዳያት ወስኹ
catalogue-toast-added = ጉዳይ ናብ ዝርዝር ጉዳያት ተወሲኹ፦ { $procedure }።
catalogue-toast-hidden = ጉዳይ ተሓቢኡ፦ { $procedure }።
catalogue-toast-offered = ጉዳይ እንደገና ይቐርብ፦ { $procedure }።

## Errors checked by the interface before calling the core

error-ui-procedure-status-required = ሓድሽ ኩነታት ምረጹ።
error-ui-procedure-theme-required = ምምሕዳራዊ ዛዕባ ምረጹ።
