export interface SocketEvent {
  type: string;
}

export class SocketManager {
  emit(type: string): number {
    return type.length;
  }
}
