# raytrace: OO float work (small vector objects, operator dunders, virtual methods) in a tiny ray tracer.
import sys

EPSILON = 1e-5


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius, colour, shine):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.shine = shine

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, colour, shine):
        self.point = point
        self.normal = normal.normalized()
        self.colour = colour
        self.shine = shine

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if -EPSILON < denom < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Scene:
    def __init__(self):
        self.objects = [
            Plane(Vec(0.0, -1.0, 0.0), Vec(0.0, 1.0, 0.0), Vec(0.6, 0.6, 0.5), 0.2),
            Sphere(Vec(0.0, 0.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.5),
            Sphere(Vec(-1.8, -0.3, 6.0), 0.7, Vec(0.2, 0.9, 0.3), 0.3),
            Sphere(Vec(1.6, 0.2, 4.2), 0.5, Vec(0.3, 0.4, 0.9), 0.7),
        ]
        self.light = Vec(-3.0, 5.0, -1.0)

    def closest(self, ray):
        best_t, best = None, None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t, best = t, obj
        return best_t, best

    def trace(self, ray, depth):
        t, obj = self.closest(ray)
        if obj is None:
            return Vec(0.1, 0.1, 0.2)
        point = ray.at(t)
        normal = obj.normal_at(point)
        to_light = (self.light - point).normalized()
        shadow_t, _ = self.closest(Ray(point, to_light))
        diffuse = 0.0 if shadow_t is not None else max(0.0, normal.dot(to_light))
        colour = obj.colour * (0.15 + 0.85 * diffuse)
        if depth > 0 and obj.shine > 0.0:
            bounced = self.trace(Ray(point, ray.direction.reflect(normal)), depth - 1)
            colour = colour * (1.0 - obj.shine) + bounced * obj.shine
        return colour


def render(size):
    scene = Scene()
    eye = Vec(0.0, 0.5, -1.0)
    checksum = 0
    rows = []
    for j in range(size):
        row = []
        for i in range(size):
            d = Vec((i - size / 2) / size, (size / 2 - j) / size, 1.0)
            c = scene.trace(Ray(eye, d), 3)
            level = int(255 * min(1.0, (c.x + c.y + c.z) / 3))
            checksum = (checksum * 31 + level) % 1000000007
            row.append(" .:-=+*#%@"[level * 10 // 256])
        rows.append("".join(row))
    return checksum, rows


def main(n):
    checksum, rows = render(n)
    for row in rows[::n // 8]:
        print(row[::n // 32])
    print("checksum", checksum)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 128)
