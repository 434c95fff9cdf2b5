/** What a card shows, the same facts as the app's card (bench/peerData.mjs makes them). */
export interface PeerCard {
  code: string;
  title: string;
  area: string;
  health: string | null;
  leadUnit: string;
  target: string | null;
  done: number;
  total: number;
  priority: boolean;
}

export interface PeerBoard {
  columns: { id: string; cards: PeerCard[] }[];
}
