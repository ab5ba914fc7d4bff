print('pkg_basic.sub.leaf running')
from .. import util
from ..util import helper
from . import sibling
from .sibling import NAME as SIB_NAME
from .. import VERSION
def describe():
    return f'leaf uses helper={helper(21)} sibling={SIB_NAME} version={VERSION} util is module: {type(util).__name__}'
