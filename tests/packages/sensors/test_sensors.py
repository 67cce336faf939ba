# Batch translation of a package tree: dotted module names import as on CPython.
import standalone
print(standalone.version())

import sensors.filters
print([round(x, 3) for x in sensors.filters.moving_average([1, 2, 3, 4, 5])])
print(sensors.filters.clamp(1.5), sensors.filters.clamp(-2.0), sensors.filters.clamp(0.25))
print(sensors.filters.__name__)

from sensors.units import convert
print(convert.c_to_f(100.0), round(convert.mm_to_in(254.0), 3))
print(convert.__name__, convert.__doc__)

from sensors.units.convert import c_to_f
print(c_to_f(-40.0))
print(sensors.filters.readings_f([0.0, 21.5, 100.0]))

# Two modules named util in different packages: each keeps its own code.
import sensors.util
from sensors.units import util as units_util
print(sensors.util.describe(3), sensors.util.scale(), sensors.util.__name__)
print(units_util.describe("mm"), units_util.scale(), units_util.__name__)
