__all__ = ['public', 'also_public', '_exported_private']
public = 'public value'
also_public = 'also public'
not_listed = 'not in __all__'
_exported_private = 'private but listed'
_private = 'private'
