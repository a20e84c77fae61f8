"""parskats loaders: read self-assessment reports (TXT, PDF, DOCX) and write the contract tables.

Data flows one way: read (loaders.read) -> split (loaders.split) -> extract (loaders.extract)
-> write (loaders.write). This package does not build or publish the warehouse; see parskats.run.
"""

__version__ = "0.1.0"
PARSER_VERSION = __version__
