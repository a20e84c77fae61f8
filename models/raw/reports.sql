-- Contract table `reports` as the loaders wrote it (see _raw__models.yml); no cleaning here.
{{ load_report_table() }}
