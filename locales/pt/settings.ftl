# Definições da organização: a organização (nome, SIRET, contactos), os seus locais de atividade e
# a lista dos parceiros locais para onde encaminhar as pessoas.

## Registo de acessos
audit-action-archive = arquivamento
audit-entity-partner = parceiro

## Linha de comandos: a organização
cli-about-escale-structure = A organização: nome, SIRET, endereço e contactos.
cli-about-escale-structure-show = Mostra a organização.
cli-arg-escale-structure-show-json = Resultado em JSON.
cli-about-escale-structure-set = Indica os dados da organização; só mudam as opções indicadas.
cli-arg-escale-structure-set-name = Nome da organização.
cli-arg-escale-structure-set-siret = Número SIRET (14 algarismos, espaços permitidos; "" para o apagar).
cli-arg-escale-structure-set-address = Endereço.
cli-arg-escale-structure-set-insee = Código INSEE do município ("" para o apagar).
cli-arg-escale-structure-set-postal_code = Código postal.
cli-arg-escale-structure-set-commune = Nome do município (deduzido do código INSEE se faltar).
cli-arg-escale-structure-set-phone = Telefone.
cli-arg-escale-structure-set-email = Endereço de e-mail.
cli-arg-escale-structure-set-json = Resultado em JSON.
cli-structure-none = Ainda não foi indicada nenhuma organização (escale structure set --name …).
cli-structure-details =
    SIRET: { $siret }
    Endereço: { $address }
    Município: { $commune }
    Telefone: { $phone }
    E-mail: { $email }

## Linha de comandos: os locais de atividade
cli-about-escale-place = Locais de atividade (correios, paragens do autocarro…): acrescentar, alterar, listar, arquivar.
cli-about-escale-place-add = Acrescenta um local de atividade.
cli-arg-escale-place-add-name = Nome do local.
cli-arg-escale-place-add-address = Endereço.
cli-arg-escale-place-add-insee = Código INSEE do município.
cli-arg-escale-place-add-postal_code = Código postal.
cli-arg-escale-place-add-commune = Nome do município.
cli-arg-escale-place-add-json = Resultado em JSON.
cli-about-escale-place-edit = Altera um local de atividade; só mudam as opções indicadas.
cli-arg-escale-place-edit-id = Identificador do local.
cli-arg-escale-place-edit-name = Novo nome.
cli-arg-escale-place-edit-address = Novo endereço.
cli-arg-escale-place-edit-insee = Código INSEE do município ("" para o apagar).
cli-arg-escale-place-edit-postal_code = Código postal.
cli-arg-escale-place-edit-commune = Nome do município.
cli-arg-escale-place-edit-json = Resultado em JSON.
cli-about-escale-place-list = Lista os locais de atividade disponíveis.
cli-arg-escale-place-list-json = Resultado em JSON.
cli-about-escale-place-archive = Arquiva um local: deixa de ser proposto, e os acompanhamentos passados mantêm o seu nome.
cli-arg-escale-place-archive-id = Identificador do local.
cli-arg-escale-place-archive-json = Resultado em JSON.
cli-place-none = Nenhum local de atividade.
cli-place-archived = Local arquivado: { $name } ({ $id }). Deixa de ser proposto; os acompanhamentos passados mantêm o seu nome.

## Linha de comandos: os parceiros
cli-about-escale-partner = Lista dos parceiros locais (CAF, CCAS, France Services, mission locale…): acrescentar, alterar, listar, arquivar.
cli-about-escale-partner-add = Acrescenta um parceiro à lista.
cli-arg-escale-partner-add-name = Nome do parceiro.
cli-arg-escale-partner-add-kind = Tipo: administration, mediation_numerique, operateur_ou_organisme_en_charge, aide_sociale, insertion_professionnelle, aide_aux_demarches_administratives ou autre.
cli-arg-escale-partner-add-address = Endereço.
cli-arg-escale-partner-add-insee = Código INSEE do município.
cli-arg-escale-partner-add-postal_code = Código postal.
cli-arg-escale-partner-add-commune = Nome do município.
cli-arg-escale-partner-add-phone = Telefone (são aceites números curtos como 3230).
cli-arg-escale-partner-add-email = Endereço de e-mail.
cli-arg-escale-partner-add-hours = Horário de atendimento (texto livre, pode ter várias linhas).
cli-arg-escale-partner-add-notes = Notas (com quem falar, documentos a levar…).
cli-arg-escale-partner-add-json = Resultado em JSON.
cli-about-escale-partner-edit = Altera um parceiro; só mudam as opções indicadas.
cli-arg-escale-partner-edit-id = Identificador do parceiro.
cli-arg-escale-partner-edit-name = Novo nome.
cli-arg-escale-partner-edit-kind = Novo tipo (ver «escale partner add --help»).
cli-arg-escale-partner-edit-address = Novo endereço.
cli-arg-escale-partner-edit-insee = Código INSEE do município ("" para o apagar).
cli-arg-escale-partner-edit-postal_code = Código postal.
cli-arg-escale-partner-edit-commune = Nome do município.
cli-arg-escale-partner-edit-phone = Telefone.
cli-arg-escale-partner-edit-email = Endereço de e-mail.
cli-arg-escale-partner-edit-hours = Horário de atendimento.
cli-arg-escale-partner-edit-notes = Notas.
cli-arg-escale-partner-edit-json = Resultado em JSON.
cli-about-escale-partner-list = Lista os parceiros, por ordem alfabética.
cli-arg-escale-partner-list-kind = Só os parceiros deste tipo.
cli-arg-escale-partner-list-json = Resultado em JSON.
cli-about-escale-partner-archive = Retira um parceiro da lista.
cli-arg-escale-partner-archive-id = Identificador do parceiro.
cli-arg-escale-partner-archive-json = Resultado em JSON.
cli-partner-none = Nenhum parceiro na lista.
cli-partner-archived = Parceiro retirado da lista: { $name } ({ $id }).

## Janela: a página das definições da organização
settings-title = Organização
settings-sections = Partes da página
settings-saved = Guardado.
settings-edit = Alterar
settings-edit-named = Alterar { $name }
settings-archive = Arquivar
settings-archive-named = Arquivar { $name }
settings-save-changes = Guardar as alterações
settings-address = Endereço
settings-commune = Município
settings-phone = Telefone
settings-email = Endereço de e-mail

settings-structure-title = A organização
settings-structure-help = Estas informações aparecem nos documentos entregues às pessoas.
settings-structure-name = Nome da organização
settings-structure-siret = Número SIRET
settings-structure-siret-help = 14 algarismos, no avis de situation do Insee ou num recibo de salário. Facultativo.
settings-structure-save = Guardar a organização
settings-structure-saved = As informações da organização foram guardadas.
settings-mediators-title = Mediadores e mediadoras deste computador
settings-mediators-help = Cada um guarda os seus dados com a sua própria frase secreta.
settings-mediators-manage = Acrescentar um mediador ou mudar o seu nome (página Segurança)

settings-places-title = Locais de atividade
settings-places-help = Os locais propostos quando se regista um acompanhamento (correios, paragens do autocarro, sala de uma associação…). Um local arquivado deixa de ser proposto; os acompanhamentos passados mantêm o seu nome.
settings-places-empty = Ainda não há nenhum local de atividade.
settings-place-add-open = Acrescentar um local
settings-place-add = Acrescentar este local
settings-place-new-title = Novo local de atividade
settings-place-edit-title = Alterar o local de atividade
settings-place-name = Nome do local
settings-place-added = Local acrescentado: { $name }.
settings-place-saved = Local guardado: { $name }.
settings-place-archived = Local arquivado: { $name }.
settings-place-archive-title = Arquivar «{ $name }»?
settings-place-archive-text = Deixa de ser proposto para os novos acompanhamentos. Os acompanhamentos já registados mantêm o seu nome.

settings-partners-title = Parceiros
settings-partners-help = A lista das organizações para onde encaminhar as pessoas (CAF, CCAS, France Services, mission locale…): os seus contactos e horários podem aparecer nos documentos entregues.
settings-partners-empty = Ainda não há nenhum parceiro na lista.
settings-partners-empty-kind = Nenhum parceiro deste tipo.
settings-partner-filter = Mostrar
settings-partner-filter-all = Todos os parceiros
settings-partner-add-open = Acrescentar um parceiro
settings-partner-add = Acrescentar este parceiro
settings-partner-new-title = Novo parceiro
settings-partner-edit-title = Alterar o parceiro
settings-partner-name = Nome do parceiro
settings-partner-kind = Tipo de organização
settings-partner-hours = Horário de atendimento
settings-partner-hours-help = Como o diria à pessoa, em várias linhas se for preciso: «Segunda a sexta-feira, 8h30 – 12h00».
settings-partner-notes = Notas
settings-partner-notes-help = Só para uso interno: com quem falar, documentos a levar… Não aparecem nos documentos entregues.
settings-partner-added = Parceiro acrescentado: { $name }.
settings-partner-saved = Parceiro guardado: { $name }.
settings-partner-archived = Parceiro retirado da lista: { $name }.
settings-partner-archive-title = Retirar «{ $name }» da lista?
settings-partner-archive-text = Deixa de ser proposto. Pode voltar a acrescentá-lo se for preciso.
