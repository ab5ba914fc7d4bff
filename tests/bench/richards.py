# richards: OO dispatch (classes, subclasses, attribute reads/writes, method calls) in an OS task-scheduler simulation.
import sys

I_IDLE, I_WORK, I_HANDLER_A, I_HANDLER_B, I_DEVICE_A, I_DEVICE_B = range(6)
K_DEVICE, K_WORK = 1000, 1001
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        """Put this packet at the end of `queue`; return the new head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.task_list = None
        self.current = None
        self.hold_count = 0
        self.qpkt_count = 0

    def find(self, ident):
        return self.tasks[ident]

    def run(self):
        task = self.task_list
        while task is not None:
            if task.holding or (not task.packet_pending and task.waiting):
                task = task.link
            else:
                self.current = task
                task = task.run_task()


class Task:
    def __init__(self, sched, ident, priority, queue, pending, waiting):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = pending
        self.waiting = waiting
        self.holding = False
        self.link = sched.task_list
        sched.task_list = self
        sched.tasks[ident] = self

    def run_task(self):
        packet = None
        if self.packet_pending and self.waiting and not self.holding:
            packet = self.queue
            self.queue = packet.link
            self.packet_pending = self.queue is not None
            self.waiting = False
        return self.step(packet)

    def add_packet(self, packet, old):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return old

    # the operations a task's step() ends with
    def hold(self):
        self.sched.hold_count += 1
        self.holding = True
        return self.link

    def wait(self):
        self.waiting = True
        return self

    def release(self, ident):
        task = self.sched.find(ident)
        task.holding = False
        return task if task.priority > self.priority else self

    def qpkt(self, packet):
        task = self.sched.find(packet.ident)
        self.sched.qpkt_count += 1
        packet.link = None
        packet.ident = self.ident
        return task.add_packet(packet, self)


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        Task.__init__(self, sched, ident, priority, None, False, False)
        self.control = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control //= 2
            return self.release(I_DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.release(I_DEVICE_B)


class WorkTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True, True)
        self.destination = I_HANDLER_A
        self.count = 0

    def step(self, packet):
        if packet is None:
            return self.wait()
        self.destination = I_HANDLER_B if self.destination == I_HANDLER_A else I_HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.qpkt(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True, True)
        self.work_in = None
        self.device_in = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == K_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is None:
            return self.wait()
        count = work.datum
        if count >= BUFSIZE:
            self.work_in = work.link
            return self.qpkt(work)
        device = self.device_in
        if device is None:
            return self.wait()
        self.device_in = device.link
        device.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(device)


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None, False, True)
        self.pending = None

    def step(self, packet):
        if packet is None:
            packet = self.pending
            if packet is None:
                return self.wait()
            self.pending = None
            return self.qpkt(packet)
        self.pending = packet
        return self.hold()


def simulate(count):
    sched = Scheduler()
    IdleTask(sched, I_IDLE, 1, count)
    queue = Packet(Packet(None, 0, K_WORK), 0, K_WORK)
    WorkTask(sched, I_WORK, 1000, queue)
    for ident, device, priority in ((I_HANDLER_A, I_DEVICE_A, 2000), (I_HANDLER_B, I_DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, K_DEVICE)
        HandlerTask(sched, ident, priority, queue)
    DeviceTask(sched, I_DEVICE_A, 4000)
    DeviceTask(sched, I_DEVICE_B, 5000)
    sched.run()
    return sched.qpkt_count, sched.hold_count


def main(n):
    for _ in range(n):
        qpkt_count, hold_count = simulate(10000)
    print("qpkt_count", qpkt_count, "hold_count", hold_count)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 9)
