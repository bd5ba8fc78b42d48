# The recovery sheet (the recovery key on paper) and the recovery screen.

recovery-sheet-title = Escale recovery sheet
recovery-sheet-intro = This key opens Escale's data again if the computer is replaced, if the system keyring is erased or if the passphrase is forgotten. Without it, nobody can recover the data: not you, not a technician.
recovery-sheet-key-label = Recovery key
recovery-sheet-keep = Keep this sheet locked away, far from the computer (for example in the organisation's safe). Do not photograph it and do not send it by e-mail.
recovery-sheet-anyone = Anyone who has this sheet and the computer can read the data.
recovery-sheet-how = To use it: when Escale starts, choose "I have my recovery sheet" and type the 14 groups of 4 characters. On the command line: escale recover.
recovery-sheet-store = Store { $storeId } · sheet made on { $date }

recovery-step-title = Your recovery key
recovery-step-intro = Your encrypted store is ready. Before you start, print this sheet or copy the key by hand. It is the only way to get the data back if this computer breaks down or the key is lost.
recovery-print = Print the sheet
recovery-step-kept-safe = I have printed or copied the recovery key, and I am keeping it in a safe place.
recovery-step-done = Start using Escale
recovery-title = Open your data again with the recovery key
recovery-intro = Your data is still on this computer. Type the recovery key printed on the recovery sheet: the 14 groups of 4 characters, in order. Spaces and capital letters do not matter.
recovery-key-input = Recovery key
recovery-key-help = For example: 7K2M 9QXA HT4R … (14 groups)
recovery-new-passphrase = New passphrase
recovery-cancel = Back
recovery-submit = Open my data
