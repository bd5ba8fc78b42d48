# Several mediators on one computer: each their own data, under their own passphrase.

mediator-choice-title = Who is using Escale?
mediator-choice-intro = Several mediators keep their data on this computer. Each one sees only their own. Choose your name.
mediator-unnamed = Mediator no. { $number }
mediator-add-open = Add a mediator on this computer
mediator-add-title = A new mediator
mediator-add-intro = You will have your own data, protected by your passphrase. The other mediators of this computer cannot read it, and you will not read theirs.
mediator-add-keyring-first = { $count ->
        [one] The data of one mediator of this computer is still protected by the session keyring, which anyone using this session can open. They must first choose a passphrase (Security, "Protect with this passphrase").
       *[other] The data of { $count } mediators of this computer is still protected by the session keyring, which anyone using this session can open. They must first choose a passphrase (Security, "Protect with this passphrase").
    }
mediator-name = Your name, as it will appear in the list of mediators
mediator-add = Create my data
mediator-switch = { $name } · change mediator
mediator-switch-title = Close your data and go back to the list of mediators
mediator-settings-title = Mediators of this computer
mediator-settings-alone = You are the only one keeping Escale data on this computer. A colleague can add theirs: it will be kept apart from yours, each under its own passphrase.
mediator-settings-shared = { $count ->
        [one] One mediator keeps their data on this computer.
       *[other] { $count } mediators keep their data on this computer, each under their own passphrase.
    }
mediator-settings-keyring-first = Before adding a colleague, protect your data with a passphrase (above): the session keyring opens for anyone who uses this session.
mediator-own-name = Your name in the list of mediators
mediator-save-name = Save the name
mediator-name-saved = Name saved.
unlock-mediator = Data of { $name }.
unlock-other-mediator = Not me: choose another mediator
